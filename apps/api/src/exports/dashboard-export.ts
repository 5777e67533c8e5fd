import type {
  AuditorCalibrationDto,
  CoderRowDto,
  DashboardDto,
  IntervalDto,
  ParetoBarDto,
  TrendPointDto,
} from '@recode/contracts';
import { z } from 'zod';
import { type CsvColumn, rate4 } from '../csv-export';

export const DASHBOARD_TABLES = ['coders', 'teams', 'trend', 'auditors', 'pareto'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];
export const dashboardTableSchema = z.object({ table: z.enum(DASHBOARD_TABLES).default('coders') });

/** Estimate, lower, upper (rates to 4 decimals), the method and n (of N), as the tooltips say. */
function intervalColumns<R>(prefix: string, pick: (r: R) => IntervalDto | undefined): CsvColumn<R>[] {
  return [
    { header: prefix, value: (r) => rate4(pick(r)?.estimate) },
    { header: `${prefix}_lower`, value: (r) => rate4(pick(r)?.lower) },
    { header: `${prefix}_upper`, value: (r) => rate4(pick(r)?.upper) },
    { header: `${prefix}_method`, value: (r) => pick(r)?.method ?? null },
    { header: `${prefix}_population`, value: (r) => pick(r)?.population ?? null },
    { header: `${prefix}_status`, value: (r) => pick(r)?.status ?? null },
  ];
}

/** A yes/no column: the figures include audits still in review (or findings still open) and may change. */
const preliminaryOf = (r: { preliminary?: boolean; recordAccuracy?: IntervalDto }): boolean =>
  Boolean(r.preliminary || r.recordAccuracy?.preliminary);

export const CODER_COLUMNS: CsvColumn<CoderRowDto>[] = [
  { header: 'coder_id', value: (r) => r.coderId },
  { header: 'coder', value: (r) => r.externalId },
  { header: 'coder_name', value: (r) => r.displayName },
  { header: 'team_id', value: (r) => r.teamId },
  { header: 'team', value: (r) => r.teamName },
  { header: 'records_reviewed', value: (r) => r.recordsReviewed },
  { header: 'codes_reviewed', value: (r) => r.codesReviewed },
  { header: 'records_with_error', value: (r) => r.recordsWithError },
  { header: 'weighted_errors', value: (r) => rate4(r.weightedErrors) },
  { header: 'weighted_codes', value: (r) => rate4(r.weightedCodes) },
  ...intervalColumns<CoderRowDto>('record_accuracy', (r) => r.recordAccuracy),
  ...intervalColumns<CoderRowDto>('code_accuracy', (r) => r.codeAccuracy),
  { header: 'open_disputes', value: (r) => r.openDisputes },
  { header: 'trend_delta', value: (r) => rate4(r.trend?.delta) },
  { header: 'trend_direction', value: (r) => r.trend?.direction ?? null },
  { header: 'targeted_records', value: (r) => r.targeted?.recordsReviewed ?? 0 },
  { header: 'targeted_records_with_error', value: (r) => r.targeted?.recordsWithError ?? 0 },
  { header: 'preliminary', value: preliminaryOf },
];

export interface TeamRow {
  teamId: string;
  team: string;
  totals: DashboardDto['totals'];
}

export const TEAM_COLUMNS: CsvColumn<TeamRow>[] = [
  { header: 'team_id', value: (r) => r.teamId },
  { header: 'team', value: (r) => r.team },
  { header: 'records_reviewed', value: (r) => r.totals.recordsReviewed },
  { header: 'codes_reviewed', value: (r) => r.totals.codesReviewed },
  { header: 'records_with_error', value: (r) => r.totals.recordsWithError },
  ...intervalColumns<TeamRow>('record_accuracy', (r) => r.totals.recordAccuracy),
  ...intervalColumns<TeamRow>('code_accuracy', (r) => r.totals.codeAccuracy),
  { header: 'targeted_records', value: (r) => r.totals.targeted?.recordsReviewed ?? 0 },
  { header: 'targeted_records_with_error', value: (r) => r.totals.targeted?.recordsWithError ?? 0 },
  { header: 'preliminary', value: (r) => preliminaryOf(r.totals) },
];

export const TREND_COLUMNS: CsvColumn<TrendPointDto>[] = [
  { header: 'month', value: (r) => r.month },
  { header: 'records_reviewed', value: (r) => r.recordsReviewed },
  { header: 'records_with_error', value: (r) => r.recordsWithError },
  { header: 'record_accuracy', value: (r) => rate4(r.accuracy) },
  { header: 'lower_limit', value: (r) => rate4(r.lowerLimit) },
  { header: 'upper_limit', value: (r) => rate4(r.upperLimit) },
  { header: 'flag', value: (r) => r.flag },
  { header: 'preliminary', value: (r) => Boolean(r.preliminary) },
];

export const AUDITOR_COLUMNS: CsvColumn<AuditorCalibrationDto>[] = [
  { header: 'auditor_id', value: (r) => r.auditorId },
  { header: 'auditor_name', value: (r) => r.name },
  { header: 'findings', value: (r) => r.findings },
  { header: 'disputed', value: (r) => r.disputed },
  { header: 'lost', value: (r) => r.lost },
  { header: 'dispute_rate', value: (r) => rate4(r.disputeRate) },
  { header: 'overturn_rate', value: (r) => rate4(r.overturnRate) },
];

export const PARETO_COLUMNS: CsvColumn<ParetoBarDto>[] = [
  { header: 'category', value: (r) => r.category },
  { header: 'errors', value: (r) => r.errors },
  { header: 'share', value: (r) => rate4(r.share) },
  { header: 'cumulative_share', value: (r) => rate4(r.cumulativeShare) },
];
