import { ENCOUNTER_SETTINGS } from '@recode/contracts';
import { z } from 'zod';

// Named row shapes of the list exports, checked on the first row of each cursor batch (rowBatches):
// plain shapes, no transform, since the rows go on to the CSV writer as the driver gave them.

/** encounterExportSql's select (encounters-export.ts). */
export const EncounterExportRow = z.object({
  id: z.string(),
  source: z.string(),
  external_id: z.string(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  facility: z.string().nullable(),
  encounter_date: z.string(),
  fiscal_year: z.number(),
  drg: z.string().nullable(),
  flagged: z.boolean(),
  code_count: z.number(),
  version_count: z.number(),
  coder_id: z.string(),
  coder_external_id: z.string(),
  coder_name: z.string(),
  team_name: z.string().nullable(),
  principal_dx: z.string().nullable(),
});
export type EncounterExportRow = z.infer<typeof EncounterExportRow>;

/** auditLogExportSql's select (audit-log-export.ts); `id` is a bigint, so a string. */
export const AuditLogExportRow = z.object({
  id: z.string(),
  at: z.date(),
  action: z.string(),
  actor_id: z.string().nullable(),
  actor_email: z.string().nullable(),
  actor_name: z.string().nullable(),
  entity_type: z.string().nullable(),
  entity_id: z.string().nullable(),
  ip: z.string().nullable(),
  request_id: z.string().nullable(),
  details: z.unknown(),
});
export type AuditLogExportRow = z.infer<typeof AuditLogExportRow>;

/** rulingsExportSql's select (disputes-export.ts). */
export const RulingRow = z.object({
  eventId: z.string(),
  findingId: z.string(),
  action: z.string(),
  stage: z.string(),
  outcome: z.string(),
  category: z.string(),
  system: z.string(),
  codeBefore: z.string().nullable(),
  codeAfter: z.string().nullable(),
  drgBefore: z.string().nullable(),
  drgAfter: z.string().nullable(),
  fiscalYear: z.number(),
  rationale: z.string().nullable(),
  reference: z.object({ kind: z.string().optional(), citation: z.string().optional() }).passthrough().nullable(),
  actorName: z.string().nullable(),
  at: z.date(),
});
export type RulingRow = z.infer<typeof RulingRow>;
