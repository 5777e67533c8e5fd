import type { FindingDto } from '@recode/contracts';

export const FINDING_COLUMNS = `f.id, f.key, f.audit_id AS "auditId", f.item_id AS "itemId", f.ordinal, f.type, f.category, f.system,
  f.code_before AS "codeBefore", f.code_after AS "codeAfter", f.principal, f.poa_before AS "poaBefore", f.poa_after AS "poaAfter",
  f.modifiers_before AS "modifiersBefore", f.modifiers_after AS "modifiersAfter", f.units_before AS "unitsBefore", f.units_after AS "unitsAfter",
  f.suggested_direction AS "suggestedDirection", f.root_cause AS "rootCause", f.impact, f.direction, f.rationale, f.reference,
  f.fiscal_year AS "fiscalYear", f.drg_before AS "drgBefore", f.drg_after AS "drgAfter", f.weight_before::float8 AS "weightBefore",
  f.weight_after::float8 AS "weightAfter", f.weight_delta::float8 AS "weightDelta", f.payment_delta::float8 AS "paymentDelta",
  f.base_rate::float8 AS "baseRate", f.drg_source AS "drgSource", f.drg_drivers AS "drgDrivers", f.drg_override_reason AS "drgOverrideReason", f.status, f.updated_at AS "updatedAt"`;

export type FindingRow = Omit<FindingDto, 'classified' | 'updatedAt'> & { updatedAt: Date };

/** Classified = everything a finding needs before its item can be marked reviewed. */
export function toFindingDto(row: FindingRow): FindingDto {
  return {
    ...row,
    classified: row.rootCause !== null && row.impact !== null && row.rationale !== null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
