import type { FindingCategory, RootCause } from './common';

/** A rate with its 95% interval and the sample size it rests on; null estimate when nothing was reviewed. */
export type StatisticsMethod =
  | 'cluster-ratio'
  | 'wilson'
  | 'clopper-pearson'
  | 'hypergeometric-exact'
  | 'korn-graubard'
  | 'stratified-korn-graubard'
  | 'census';

export interface RateWithIntervalDto {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** Units behind the rate: codes (code accuracy), records, or inpatient records (DRG accuracy). */
  n: number;
  /** For code accuracy: the number of records (the clusters the interval treats as the unit). */
  clusters?: number;
  /** How the interval was made (docs/statistics.md); the older 'cluster-ratio' and 'wilson' remain in stored scores. */
  method: StatisticsMethod;
  /** Records in the population the sample stands for (the audit frame), when known: "n of N reviewed". */
  population?: number | null;
  /** `census`: every record of the population reviewed (zero width); `not_enough_data`: see note. */
  status?: 'ok' | 'census' | 'not_enough_data';
  /** Why no interval (or no estimate) can be given, when so. */
  note: string | null;
}

export interface PaymentTotalsDto {
  /** Money, ≥ 0; over- and underpayment are kept apart and never netted. */
  amount: number;
  weight: number;
  count: number;
}

export interface ScoreBlockDto {
  codeAccuracy: RateWithIntervalDto;
  recordAccuracy: RateWithIntervalDto;
  drgAccuracy: RateWithIntervalDto;
  codesReviewed: number;
  /** The codes reviewed at the weight an error on each carries: code accuracy is 1 − weightedErrors / weightedCodes. */
  weightedCodes: number;
  recordsReviewed: number;
  inpatientRecordsReviewed: number;
  weightedErrors: number;
  recordsWithError: number;
  overpayment: PaymentTotalsDto;
  underpayment: PaymentTotalsDto;
  ratesByCategory: Record<
    FindingCategory,
    { errors: number; weightedErrors: number; rate: number | null; per: 'code' | 'inpatient_record' }
  >;
  nonCoderFindings: Record<Exclude<RootCause, 'coder'>, number>;
  /** True while any finding is open, disputed or escalated. */
  preliminary: boolean;
  /** When the record-accuracy interval still contains the target: how many records would tell. */
  sampleWarning: { message: string; recordsNeeded: number | null } | null;
}

export type ScoreKind = 'preliminary' | 'final';

export interface AuditScoreDto {
  kind: ScoreKind;
  /** e.g. "recode-score/2": with the settings, enough to recompute and explain every number. */
  methodVersion: string;
  settings: { principalWeight: number; otherWeight: number };
  computedAt: string;
  overall: ScoreBlockDto;
  perCoder: { coderId: string; externalId: string; displayName: string; score: ScoreBlockDto }[];
}

/** GET /api/audits/:id/scores: both are kept; `final` appears once every finding is settled and the audit is final. */
export interface AuditScoresDto {
  auditId: string;
  preliminary: AuditScoreDto | null;
  final: AuditScoreDto | null;
}

/** One row the dashboard reads: a coder's (or team's) month, by encounter date. */
export interface ScoreRollupDto {
  scope: 'coder' | 'team';
  scopeId: string;
  month: string;
  methodVersion: string;
  recordsReviewed: number;
  codesReviewed: number;
  weightedErrors: number;
  recordsWithError: number;
  inpatientRecordsReviewed: number;
  drgUnchanged: number;
  codeAccuracy: number | null;
  recordAccuracy: number | null;
  overpayment: number;
  underpayment: number;
  preliminary: boolean;
}
