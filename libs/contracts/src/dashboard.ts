import type { StatisticsMethod } from './audits/scores';
import { z } from 'zod';
import type { FindingCategory } from './audits/common';
import { ENCOUNTER_SETTINGS, type EncounterSettingCode } from './encounters';

/**
 * Supervisor dashboard (admin: every team; supervisor: their teams; anyone else 403). Months are
 * encounter months; audits in review, released or final count (in review = preliminary).
 *
 *   GET /dashboard?from=YYYY-MM&to=YYYY-MM&setting=&teamId=&facility=      DashboardDto
 *   GET /dashboard/coders/:coderId?from&to&setting&facility                 CoderDrillDownDto
 * A teamId or coderId outside the caller's scope answers 404 DASHBOARD_TEAM_NOT_FOUND / DASHBOARD_CODER_NOT_FOUND.
 */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');

export const DASHBOARD_BASES = ['encounter', 'review'] as const;
export type DashboardBasis = (typeof DASHBOARD_BASES)[number];

/** Fewer records than this in either month and the coder's month-on-month trend is not shown as a change. */
export const TREND_MIN_RECORDS = 10;

export const dashboardQuerySchema = z
  .object({
    from: month.optional(),
    to: month.optional(),
    setting: z.enum(ENCOUNTER_SETTINGS).optional(),
    teamId: z.string().uuid().optional(),
    facility: z.string().trim().min(1).max(64).optional(),
    /** Group records by encounter month (default) or by the month they were reviewed. */
    basis: z.enum(DASHBOARD_BASES).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['from'], message: 'must not be after to' })
  .refine((q) => !q.from || !q.to || monthsBetween(q.from, q.to) <= 36, {
    path: ['to'],
    message: 'a range spans at most 36 months',
  });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const coderDrillDownQuerySchema = z.object({
  from: month.optional(),
  to: month.optional(),
  setting: z.enum(ENCOUNTER_SETTINGS).optional(),
  facility: z.string().trim().min(1).max(64).optional(),
});
export type CoderDrillDownQuery = z.infer<typeof coderDrillDownQuerySchema>;

/** The most records a coder drill-down lists (the counts per audit always cover every record). */
export const DRILL_DOWN_RECORDS_LIMIT = 500;

export const DASHBOARD_ERROR_CODES = ['DASHBOARD_TEAM_NOT_FOUND', 'DASHBOARD_CODER_NOT_FOUND'] as const;

/** Months from one YYYY-MM to another, inclusive of both ends minus one (2026-01 → 2026-03 is 2). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

export interface IntervalDto {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  n: number;
  /** How the interval was made (docs/statistics.md), for the tooltip beside the number. */
  method?: StatisticsMethod;
  /** Records in the population the sample stands for, when known: "n of N reviewed". */
  population?: number | null;
  /** `not_enough_data`: no estimate or interval, `reason` says why (a stratum with no sample, n > N, …). */
  status?: 'ok' | 'census' | 'not_enough_data';
  reason?: string | null;
  /** Some records behind it belong to audits still in review or findings still open. */
  preliminary?: boolean;
}

/** Records of targeted (rule-driven) audits: chosen for risk, so never in an accuracy rate; shown beside it. */
export interface TargetedFindingsDto {
  recordsReviewed: number;
  recordsWithError: number;
}

export interface DashboardFiltersDto {
  from: string;
  to: string;
  /** Which month a record counts in; absent in older answers means encounter. */
  basis?: DashboardBasis;
  setting: EncounterSettingCode | null;
  teamId: string | null;
  facility: string | null;
}

/** One month of the team trend: record accuracy with its p-chart limits (for that month's n). */
export interface TrendPointDto {
  month: string;
  recordsReviewed: number;
  recordsWithError: number;
  accuracy: number | null;
  /** Control limits in accuracy (1 − UCL, 1 − LCL of the error rate); null for a month with no records. */
  lowerLimit: number | null;
  upperLimit: number | null;
  flag: 'above_ucl' | 'below_lcl' | 'in_control' | 'no_data';
  /** Records of audits still in review (or findings still open) are in this month. */
  preliminary?: boolean;
}

/** How the trend's limits were made and whether an improvement could show at all. */
export interface TrendChartInfoDto {
  method: 'binomial-probability' | 'beta-binomial-probability' | null;
  /** False when some month has no lower limit: at its n even a perfect month would not be a signal. */
  improvementDetectable: boolean;
  note: string | null;
}

export interface CoderRowDto {
  coderId: string;
  externalId: string;
  displayName: string;
  teamId: string | null;
  teamName: string | null;
  recordsReviewed: number;
  codesReviewed: number;
  recordsWithError: number;
  weightedErrors: number;
  /** The codes reviewed at the weight an error on each carries: code accuracy is 1 − weightedErrors / weightedCodes. */
  weightedCodes: number;
  /** The record is the unit (Clopper–Pearson 95%, or stratified by month when populations are known). */
  recordAccuracy: IntervalDto;
  /** Codes cluster within records: cluster ratio estimator, n = codes, clusters = records. */
  codeAccuracy: IntervalDto & { clusters: number };
  openDisputes: number;
  /** Record accuracy of the last month with records against the month with records before it. */
  trend: {
    lastMonth: string;
    last: number;
    previousMonth: string;
    previous: number;
    delta: number;
    /** too_few: a month has fewer than TREND_MIN_RECORDS records, so no change is claimed. */
    direction: 'up' | 'down' | 'flat' | 'too_few';
    lastRecords?: number;
    previousRecords?: number;
  } | null;
  /** Set when the record-accuracy interval contains the target; recordsNeeded counts MORE records, capped by what remains. */
  sampleWarning: { message: string; recordsNeeded: number | null } | null;
  preliminary?: boolean;
  targeted?: TargetedFindingsDto;
}

export interface ParetoBarDto {
  category: FindingCategory;
  errors: number;
  share: number;
  cumulativeShare: number;
}

export interface AuditorCalibrationDto {
  auditorId: string;
  name: string;
  /** Findings on released audits. */
  findings: number;
  disputed: number;
  /** Withdrawn or overturned: disputes the auditor lost. */
  lost: number;
  disputeRate: number | null;
  overturnRate: number | null;
}

export interface PaymentSideDto {
  amount: number;
  weight: number;
}

export interface DashboardDto {
  filters: DashboardFiltersDto;
  target: number;
  /** 'rollups' (monthly score rows) or 'records' (computed from the reviewed records: setting/facility filters). */
  source: 'rollups' | 'records';
  teams: { id: string; name: string }[];
  totals: {
    recordsReviewed: number;
    codesReviewed: number;
    recordsWithError: number;
    recordAccuracy: IntervalDto;
    codeAccuracy: IntervalDto & { clusters: number };
    preliminary?: boolean;
    targeted?: TargetedFindingsDto;
  };
  trend: { centreAccuracy: number | null; points: TrendPointDto[]; chart?: TrendChartInfoDto };
  coders: CoderRowDto[];
  pareto: ParetoBarDto[];
  auditors: AuditorCalibrationDto[];
  payment: {
    overpayment: PaymentSideDto;
    underpayment: PaymentSideDto;
    months: { month: string; overpayment: PaymentSideDto; underpayment: PaymentSideDto }[];
  };
}

export interface DrillRecordDto {
  itemId: string;
  externalId: string;
  encounterDate: string;
  setting: EncounterSettingCode;
  codesReviewed: number;
  findings: number;
  coderErrors: number;
}

export interface DrillAuditDto {
  auditId: string;
  name: string;
  status: string;
  recordsReviewed: number;
  recordsWithError: number;
  /** The audit is still in review (or has findings open): its records make the coder's figures preliminary. */
  preliminary?: boolean;
  /** A targeted (rule-driven) audit: its records are findings, not part of the accuracy. */
  targeted?: boolean;
  records: DrillRecordDto[];
}

export interface CoderDrillDownDto {
  coder: { id: string; externalId: string; displayName: string; teamId: string | null; teamName: string | null };
  filters: Omit<DashboardFiltersDto, 'teamId'>;
  audits: DrillAuditDto[];
  /** The coder's figures for the period, from the same rows and methods as the dashboard's coder row. */
  totals?: DashboardDto['totals'];
  /** Records are listed newest first, at most DRILL_DOWN_RECORDS_LIMIT of them; the audit counts cover all. */
  truncated: boolean;
}

/** DRG accuracy of one coder or team: reviewed inpatient records whose MS-DRG the audit left unchanged. */
export interface DrgAccuracyRowDto {
  id: string;
  name: string;
  /** Reviewed inpatient records. */
  records: number;
  /** Of those, records without a standing DRG change. */
  unchanged: number;
  accuracy: IntervalDto;
  /** DRG-change dollars of standing findings: overpayment (money back) and underpayment (money owed) kept apart. */
  overpayment: number;
  underpayment: number;
}

export interface DrgShiftDto {
  from: string;
  to: string;
  records: number;
  /** Net payment difference of the shift (after − before). */
  paymentDelta: number;
}

/** GET /api/dashboard/drg (and /api/dashboard/coders/:coderId/drg): MS-DRG accuracy, change dollars and the most frequent shifts. */
export interface DrgDashboardDto {
  filters: { from: string; to: string };
  totals: Omit<DrgAccuracyRowDto, 'id' | 'name'> & { overpaymentRecords: number; underpaymentRecords: number };
  coders: DrgAccuracyRowDto[];
  teams: DrgAccuracyRowDto[];
  /** The 10 most frequent DRG shifts (e.g. 871 → 872), most frequent first. */
  shifts: DrgShiftDto[];
}
