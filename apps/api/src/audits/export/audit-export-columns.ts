import type { ScoreBlockDto } from '@recode/contracts';
import { type CsvColumn, cents, dotted, rate4, settingLabel } from '../../csv-export';
import type { FindingExportRow, ItemExportRow } from './export-rows';

const iso = (v: Date | null): string | null => v?.toISOString() ?? null;

/** Existing columns first (scripts read them by position), then the readable names and dotted codes. */
const col = (header: string, value: (r: ItemExportRow) => unknown): CsvColumn<ItemExportRow> => ({ header, value });

export const ITEM_COLUMNS: CsvColumn<ItemExportRow>[] = [
  col('item_id', (r) => r.id),
  col('draw_order', (r) => r.draw_order),
  col('status', (r) => r.status),
  col('stratum', (r) => r.stratum),
  col('encounter', (r) => r.encounter),
  col('setting', (r) => r.setting),
  col('facility', (r) => r.facility),
  col('encounter_date', (r) => r.encounter_date),
  col('fiscal_year', (r) => r.fiscal_year),
  col('coder', (r) => r.coder),
  col('coder_name', (r) => r.coder_name),
  col('auditor', (r) => r.auditor),
  col('due_date', (r) => r.due_date),
  col('codes_reviewed', (r) => r.codes_reviewed),
  col('findings', (r) => r.findings),
  col('reviewed_at', (r) => iso(r.reviewed_at)),
  col('replaces_item_id', (r) => r.replaces_item_id),
  col('unreviewable_reason', (r) => r.unreviewable_reason),
  col('setting_label', (r) => settingLabel(r.setting)),
  col('team', (r) => r.team_name),
  col('auditor_id', (r) => r.auditor_id),
];

const fc = (header: string, value: (r: FindingExportRow) => unknown): CsvColumn<FindingExportRow> => ({
  header,
  value,
});

export const FINDING_COLUMNS: CsvColumn<FindingExportRow>[] = [
  fc('item_id', (r) => r.item_id),
  fc('encounter', (r) => r.encounter),
  fc('coder', (r) => r.coder),
  fc('ordinal', (r) => r.ordinal),
  fc('type', (r) => r.type),
  fc('category', (r) => r.category),
  fc('system', (r) => r.system),
  fc('code_before', (r) => r.code_before),
  fc('code_after', (r) => r.code_after),
  fc('principal', (r) => r.principal),
  fc('poa_before', (r) => r.poa_before),
  fc('poa_after', (r) => r.poa_after),
  fc('modifiers_before', (r) => r.modifiers_before),
  fc('modifiers_after', (r) => r.modifiers_after),
  fc('root_cause', (r) => r.root_cause),
  fc('impact', (r) => r.impact),
  fc('direction', (r) => r.direction),
  fc('rationale', (r) => r.rationale),
  fc('reference', (r) => r.reference),
  fc('fiscal_year', (r) => r.fiscal_year),
  fc('drg_before', (r) => r.drg_before),
  fc('drg_after', (r) => r.drg_after),
  fc('weight_before', (r) => rate4(num(r.weight_before))),
  fc('weight_after', (r) => rate4(num(r.weight_after))),
  fc('weight_delta', (r) => rate4(num(r.weight_delta))),
  fc('payment_delta', (r) => cents(r.payment_delta)),
  fc('base_rate', (r) => cents(r.base_rate)),
  fc('status', (r) => r.status),
  fc('coder_name', (r) => r.coder_name),
  fc('auditor_name', (r) => r.auditor_name),
  fc('team', (r) => r.team_name),
  fc('setting_label', (r) => settingLabel(r.setting)),
  fc('code_before_display', (r) => dotted(r.system, r.code_before)),
  fc('code_after_display', (r) => dotted(r.system, r.code_after)),
];

function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

export interface ScoreRow {
  kind: string;
  scope: 'audit' | 'coder';
  coder: string;
  coderName: string;
  methodVersion: string;
  s: ScoreBlockDto;
}

const sc = (header: string, value: (r: ScoreRow) => unknown): CsvColumn<ScoreRow> => ({ header, value });

/** Rates to 4 decimals, money to cents; `preliminary` says the figures include records still in review or findings still open. */
export const SCORE_COLUMNS: CsvColumn<ScoreRow>[] = [
  sc('kind', (r) => r.kind),
  sc('scope', (r) => r.scope),
  sc('coder', (r) => r.coder),
  sc('method_version', (r) => r.methodVersion),
  sc('records', (r) => r.s.recordsReviewed),
  sc('codes', (r) => r.s.codesReviewed),
  sc('code_accuracy', (r) => rate4(r.s.codeAccuracy.estimate)),
  sc('code_lower', (r) => rate4(r.s.codeAccuracy.lower)),
  sc('code_upper', (r) => rate4(r.s.codeAccuracy.upper)),
  sc('record_accuracy', (r) => rate4(r.s.recordAccuracy.estimate)),
  sc('record_lower', (r) => rate4(r.s.recordAccuracy.lower)),
  sc('record_upper', (r) => rate4(r.s.recordAccuracy.upper)),
  sc('inpatient_records', (r) => r.s.inpatientRecordsReviewed),
  sc('drg_accuracy', (r) => rate4(r.s.drgAccuracy.estimate)),
  sc('drg_lower', (r) => rate4(r.s.drgAccuracy.lower)),
  sc('drg_upper', (r) => rate4(r.s.drgAccuracy.upper)),
  sc('weighted_errors', (r) => rate4(r.s.weightedErrors)),
  sc('weighted_codes', (r) => rate4(r.s.weightedCodes)),
  sc('records_with_error', (r) => r.s.recordsWithError),
  sc('overpayment', (r) => cents(r.s.overpayment.amount)),
  sc('overpayment_weight', (r) => rate4(r.s.overpayment.weight)),
  sc('underpayment', (r) => cents(r.s.underpayment.amount)),
  sc('underpayment_weight', (r) => rate4(r.s.underpayment.weight)),
  sc('preliminary', (r) => r.s.preliminary),
  sc('coder_name', (r) => r.coderName),
];
