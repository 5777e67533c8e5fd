import { AUDIT_CODE_SYSTEMS, ENCOUNTER_SETTINGS } from '@recode/contracts';
import { z } from 'zod';

// Named row shapes of the staging tables (stage-tables.ts) as node-postgres returns them: DATE as a
// Date, numeric as a string. The write phase reads a bucket's rows in bulk, so these are checked on
// the first row of each answer (firstRowChecked): no transform, the rows go on as the driver gave them.

/** DATE: node-postgres answers a local-midnight Date (a string if a type parser says so). */
const pgDate = z.union([z.date(), z.string()]).nullable();

/** One staged fragment (`SELECT f.*` over the fragments table). */
export const StagedFragmentRow = z.object({
  fragment_id: z.number(),
  bucket: z.number(),
  src: z.string(),
  ext_id: z.string(),
  first_row: z.number(),
  row_count: z.number(),
  coder_ref: z.string().nullable(),
  coder_id: z.string().nullable(),
  setting: z.enum(ENCOUNTER_SETTINGS).nullable(),
  facility: z.string().nullable(),
  payer: z.string().nullable(),
  admission_date: pgDate,
  discharge_date: pgDate,
  service_date: pgDate,
  enc_date: pgDate,
  fiscal_year: z.number().nullable(),
  drg: z.string().nullable(),
  charges: z.string().nullable(),
  patient_ref: z.string().nullable(),
  fatal: z.boolean(),
  disagreement_field: z.string().nullable(),
  disagreement_value: z.string().nullable(),
  disagreement: z.string().nullable(),
  row_flags: z.array(z.string()),
  age: z.number().nullable(),
  sex: z.enum(['M', 'F', 'U']).nullable(),
  discharge_status: z.string().nullable(),
});
export type StagedFragmentRow = z.infer<typeof StagedFragmentRow>;

/** One staged code (`SELECT *` over the codes table). */
export const StagedCodeRow = z.object({
  fragment_id: z.number(),
  row_no: z.number(),
  dedupe: z.string(),
  kind: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  system: z.enum(AUDIT_CODE_SYSTEMS),
  code: z.string(),
  seq: z.number().nullable(),
  principal_given: z.boolean().nullable(),
  poa: z.string().nullable(),
  modifiers: z.array(z.string()),
  units: z.number().nullable(),
  line: z.number().nullable(),
  issue: z.string().nullable(),
});
export type StagedCodeRow = z.infer<typeof StagedCodeRow>;

/** An inpatient stay about to be grouped, with its codes in stored order (group-bucket.ts). */
export const StayRow = z.object({
  id: z.number(),
  discharge: z.string(),
  drg: z.string().nullable(),
  age: z.number().nullable(),
  sex: z.string().nullable(),
  status: z.string().nullable(),
  kinds: z.array(z.number().nullable()),
  codes: z.array(z.string().nullable()),
  principals: z.array(z.boolean().nullable()),
  poas: z.array(z.string()),
});
export type StayRow = z.infer<typeof StayRow>;

/** The next (negative) fragment id of a bucket's merged encounters. */
export const NextIdRow = z.object({ next: z.number() });
/** to_regclass: the staging table's name, or null when it does not exist. */
export const RegclassRow = z.object({ t: z.string().nullable() });
/** The highest staged fragment id. */
export const MaxIdRow = z.object({ id: z.number() });
