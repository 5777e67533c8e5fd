import { z } from 'zod';
import { rawRows } from '../../database/sql';

// Named row shapes of the audit CSV export's cursors (audit-export.service.ts), checked at the boundary.

/** One record of ITEMS_SQL. */
export const ItemExportRow = z.object({
  id: z.string(),
  draw_order: z.number(),
  status: z.string(),
  stratum: z.string(),
  encounter: z.string(),
  setting: z.string(),
  facility: z.string().nullable(),
  encounter_date: z.string(),
  fiscal_year: z.number(),
  coder: z.string(),
  coder_name: z.string(),
  team_name: z.string().nullable(),
  auditor_id: z.string().nullable(),
  auditor: z.string().nullable(),
  due_date: z.string().nullable(),
  codes_reviewed: z.number().nullable(),
  findings: z.number(),
  reviewed_at: z.date().nullable(),
  replaces_item_id: z.string().nullable(),
  unreviewable_reason: z.string().nullable(),
});
export type ItemExportRow = z.infer<typeof ItemExportRow>;

/** One finding of FINDINGS_SQL; numeric columns come as pg's decimal strings and are rounded by the columns. */
export const FindingExportRow = z.object({
  item_id: z.string(),
  encounter: z.string(),
  coder: z.string(),
  coder_name: z.string(),
  team_name: z.string().nullable(),
  auditor_name: z.string().nullable(),
  setting: z.string(),
  ordinal: z.number(),
  type: z.string(),
  category: z.string(),
  system: z.string(),
  code_before: z.string().nullable(),
  code_after: z.string().nullable(),
  principal: z.boolean(),
  poa_before: z.string().nullable(),
  poa_after: z.string().nullable(),
  modifiers_before: z.array(z.string()).nullable(),
  modifiers_after: z.array(z.string()).nullable(),
  root_cause: z.string().nullable(),
  impact: z.string().nullable(),
  direction: z.string(),
  rationale: z.string().nullable(),
  reference: z.string().nullable(),
  fiscal_year: z.number(),
  drg_before: z.string().nullable(),
  drg_after: z.string().nullable(),
  weight_before: z.string().nullable(),
  weight_after: z.string().nullable(),
  weight_delta: z.string().nullable(),
  payment_delta: z.string().nullable(),
  base_rate: z.string().nullable(),
  status: z.string(),
});
export type FindingExportRow = z.infer<typeof FindingExportRow>;

/**
 * An export cursor's batches with the first row checked against the row shape; the rest pass as they
 * are (an export streams every finding of an audit, and one statement gives all rows the same columns).
 */
export async function* firstRowChecked<T>(
  shape: z.ZodType<T>,
  label: string,
  batches: AsyncGenerator<unknown[]>,
): AsyncGenerator<T[]> {
  let checked = false;
  for await (const batch of batches) {
    if (!checked && batch.length > 0) {
      rawRows(shape, batch.slice(0, 1), label);
      checked = true;
    }
    yield batch as T[];
  }
}
