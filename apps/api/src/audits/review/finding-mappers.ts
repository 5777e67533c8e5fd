import {
  AUDIT_CODE_SYSTEMS,
  FINDING_CATEGORIES,
  FINDING_DIRECTIONS,
  FINDING_IMPACTS,
  FINDING_STATUSES,
  FINDING_TYPES,
  ROOT_CAUSES,
  type FindingDto,
} from '@recode/contracts';
import { z } from 'zod';
import { jsonObject } from '../../database/json-column';

export const FINDING_COLUMNS = `f.id, f.key, f.audit_id AS "auditId", f.item_id AS "itemId", f.ordinal, f.type, f.category, f.system,
  f.code_before AS "codeBefore", f.code_after AS "codeAfter", f.principal, f.poa_before AS "poaBefore", f.poa_after AS "poaAfter",
  f.modifiers_before AS "modifiersBefore", f.modifiers_after AS "modifiersAfter", f.units_before AS "unitsBefore", f.units_after AS "unitsAfter",
  f.suggested_direction AS "suggestedDirection", f.root_cause AS "rootCause", f.impact, f.direction, f.rationale, f.reference,
  f.fiscal_year AS "fiscalYear", f.drg_before AS "drgBefore", f.drg_after AS "drgAfter", f.weight_before::float8 AS "weightBefore",
  f.weight_after::float8 AS "weightAfter", f.weight_delta::float8 AS "weightDelta", f.payment_delta::float8 AS "paymentDelta",
  f.base_rate::float8 AS "baseRate", f.drg_source AS "drgSource", f.drg_drivers AS "drgDrivers", f.drg_override_reason AS "drgOverrideReason", f.status, f.updated_at AS "updatedAt"`;

/** One row of FINDING_COLUMNS: a finding as the API answers it, before `classified` and the ISO time. */
export const FindingRow = z.object({
  id: z.string(),
  key: z.string(),
  auditId: z.string(),
  itemId: z.string(),
  ordinal: z.number(),
  type: z.enum(FINDING_TYPES),
  category: z.enum(FINDING_CATEGORIES),
  system: z.enum([...AUDIT_CODE_SYSTEMS, 'MSDRG']),
  codeBefore: z.string().nullable(),
  codeAfter: z.string().nullable(),
  principal: z.boolean(),
  poaBefore: z.string().nullable(),
  poaAfter: z.string().nullable(),
  modifiersBefore: z.array(z.string()).nullable(),
  modifiersAfter: z.array(z.string()).nullable(),
  unitsBefore: z.number().nullable(),
  unitsAfter: z.number().nullable(),
  suggestedDirection: z.enum(FINDING_DIRECTIONS),
  rootCause: z.enum(ROOT_CAUSES).nullable(),
  impact: z.enum(FINDING_IMPACTS).nullable(),
  direction: z.enum(FINDING_DIRECTIONS),
  rationale: z.string().nullable(),
  reference: jsonObject<NonNullable<FindingDto['reference']>>().nullable(),
  fiscalYear: z.number(),
  drgBefore: z.string().nullable(),
  drgAfter: z.string().nullable(),
  weightBefore: z.number().nullable(),
  weightAfter: z.number().nullable(),
  weightDelta: z.number().nullable(),
  paymentDelta: z.number().nullable(),
  baseRate: z.number().nullable(),
  drgSource: z.enum(['grouper', 'override']).nullable(),
  drgDrivers: z.array(z.string()).nullable(),
  drgOverrideReason: z.string().nullable(),
  status: z.enum(FINDING_STATUSES),
  updatedAt: z.date(),
}) satisfies z.ZodType<Omit<FindingDto, 'classified' | 'updatedAt'> & { updatedAt: Date }>;
export type FindingRow = z.infer<typeof FindingRow>;

/** Classified = everything a finding needs before its item can be marked reviewed. */
export function toFindingDto(row: FindingRow): FindingDto {
  return {
    ...row,
    classified: row.rootCause !== null && row.impact !== null && row.rationale !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
