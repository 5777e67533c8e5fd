import { roundTo } from './payment';
import {
  codeWeight,
  countsAgainstCoder,
  DEFAULT_SCORING_SETTINGS,
  findingStands,
  findingWeight,
  SCORING_METHOD_VERSION,
  UNSETTLED_STATUSES,
} from './scoring-settings';
import type { FindingCategory, RootCause, ScoredFinding, ScoredRecord, ScoringSettings } from './types';

export interface PaymentTotals {
  /** Money, always ≥ 0; over- and underpayment are separate totals and are never netted. */
  amount: number;
  /** DRG relative weight, always ≥ 0. */
  weight: number;
  count: number;
}

export interface CategoryRate {
  /** Coder-caused findings in the category (a count, for the Pareto). */
  errors: number;
  weightedErrors: number;
  /** errors / codes reviewed; for 'drg', errors / inpatient records. Null when the denominator is 0. */
  rate: number | null;
  per: 'code' | 'inpatient_record';
}

export interface RecordsScore {
  /**
   * 1 − weightedErrors / weightedCodes, floored at 0 (several findings on one code can still pass its weight).
   * Null when no code was reviewed.
   */
  codeAccuracy: number | null;
  recordAccuracy: number | null;
  /** Inpatient records only; null when there were none. */
  drgAccuracy: number | null;
  codesReviewed: number;
  /** The codes reviewed, each at the weight an error on it carries (codeWeight). */
  weightedCodes: number;
  recordsReviewed: number;
  inpatientRecordsReviewed: number;
  weightedErrors: number;
  recordsWithError: number;
  overpayment: PaymentTotals;
  underpayment: PaymentTotals;
  ratesByCategory: Record<FindingCategory, CategoryRate>;
  /** Standing findings not caused by the coder: reported, never scored against them. */
  nonCoderFindings: Record<Exclude<RootCause, 'coder'>, number>;
  /** True while any finding is open, disputed or escalated: the score may still change. */
  preliminary: boolean;
  methodVersion: string;
  settings: ScoringSettings;
}

export interface RecordCodeStats {
  recordId: string;
  codes: number;
  weightedCodes: number;
  weightedErrors: number;
}

const CATEGORIES: readonly FindingCategory[] = [
  'principal_dx',
  'secondary_dx',
  'pcs',
  'cpt',
  'hcpcs',
  'modifier',
  'units',
  'em_level',
  'poa',
  'drg',
];

/**
 * Scores a set of reviewed records (one coder's audit, a team's month…). Only coder-caused findings
 * that still stand lower accuracy. Payment totals take every standing finding whatever its root cause:
 * the claim is wrong either way. The sign of paymentDelta (else weightDelta), after − before, decides
 * which side money falls on: negative is an overpayment.
 */
export function scoreRecords(
  records: readonly ScoredRecord[],
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): RecordsScore {
  assertSettings(settings);
  const codesReviewed = records.reduce((sum, r) => sum + r.codesReviewed, 0);
  const weightedCodes = records.reduce((sum, r) => sum + codeWeight(r, settings), 0);
  const inpatient = records.filter((r) => r.inpatient);
  const counted = records.flatMap((r) => r.findings.filter(countsAgainstCoder));
  const standing = records.flatMap((r) => r.findings.filter(findingStands));
  const weightedErrors = counted.reduce((sum, f) => sum + findingWeight(f, settings), 0);
  const recordsWithError = records.filter((r) => r.findings.some(countsAgainstCoder)).length;
  const drgUnchanged = inpatient.filter((r) => !drgChanged(r)).length;

  return {
    codeAccuracy: codesReviewed === 0 || weightedCodes === 0 ? null : Math.max(0, 1 - weightedErrors / weightedCodes),
    recordAccuracy: records.length === 0 ? null : (records.length - recordsWithError) / records.length,
    drgAccuracy: inpatient.length === 0 ? null : drgUnchanged / inpatient.length,
    codesReviewed,
    weightedCodes,
    recordsReviewed: records.length,
    inpatientRecordsReviewed: inpatient.length,
    weightedErrors,
    recordsWithError,
    overpayment: paymentTotals(standing, -1),
    underpayment: paymentTotals(standing, 1),
    ratesByCategory: ratesByCategory(counted, settings, codesReviewed, inpatient.length),
    nonCoderFindings: {
      documentation: standing.filter((f) => f.rootCause === 'documentation').length,
      system: standing.filter((f) => f.rootCause === 'system').length,
      guideline_ambiguity: standing.filter((f) => f.rootCause === 'guideline_ambiguity').length,
    },
    preliminary: records.some((r) => r.findings.some((f) => UNSETTLED_STATUSES.includes(f.status))),
    methodVersion: SCORING_METHOD_VERSION,
    settings: { ...settings },
  };
}

/** One score per coder, ordered by coder id, for the supervisor's per-coder table. */
export function scoreRecordsByCoder(
  records: readonly ScoredRecord[],
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): { coderId: string; score: RecordsScore }[] {
  const coderIds = [...new Set(records.map((r) => r.coderId))].sort();
  return coderIds.map((coderId) => ({
    coderId,
    score: scoreRecords(
      records.filter((r) => r.coderId === coderId),
      settings,
    ),
  }));
}

/** Codes (plain and weighted) and weighted coder errors per record: the clusters of the ratio estimators. */
export function perRecordCodeStats(
  records: readonly ScoredRecord[],
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): RecordCodeStats[] {
  assertSettings(settings);
  return records.map((r) => ({
    recordId: r.recordId,
    codes: r.codesReviewed,
    weightedCodes: codeWeight(r, settings),
    weightedErrors: r.findings.filter(countsAgainstCoder).reduce((sum, f) => sum + findingWeight(f, settings), 0),
  }));
}

/** The records as clusters of the code-accuracy ratio: weighted codes (units) and weighted errors. */
export function codeClusters(
  records: readonly ScoredRecord[],
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): { units: number; errors: number }[] {
  return perRecordCodeStats(records, settings).map((r) => ({ units: r.weightedCodes, errors: r.weightedErrors }));
}

/** An explicit flag wins; otherwise a standing drg_changed finding of any root cause means the DRG moved. */
function drgChanged(record: ScoredRecord): boolean {
  return record.drgChanged ?? record.findings.some((f) => f.type === 'drg_changed' && findingStands(f));
}

function paymentTotals(findings: readonly ScoredFinding[], sign: -1 | 1): PaymentTotals {
  const side = findings.filter((f) => Math.sign(f.paymentDelta ?? f.weightDelta ?? 0) === sign);
  return {
    amount: roundTo(
      side.reduce((sum, f) => sum + Math.abs(f.paymentDelta ?? 0), 0),
      2,
    ),
    weight: roundTo(
      side.reduce((sum, f) => sum + Math.abs(f.weightDelta ?? 0), 0),
      4,
    ),
    count: side.length,
  };
}

function ratesByCategory(
  counted: readonly ScoredFinding[],
  settings: ScoringSettings,
  codesReviewed: number,
  inpatientRecords: number,
): Record<FindingCategory, CategoryRate> {
  const entries = CATEGORIES.map((category): [FindingCategory, CategoryRate] => {
    const inCategory = counted.filter((f) => f.category === category);
    const per = category === 'drg' ? 'inpatient_record' : 'code';
    const denominator = per === 'code' ? codesReviewed : inpatientRecords;
    const weightedErrors = inCategory.reduce((sum, f) => sum + findingWeight(f, settings), 0);
    const rate = denominator === 0 ? null : inCategory.length / denominator;
    return [category, { errors: inCategory.length, weightedErrors, rate, per }];
  });
  return Object.fromEntries(entries) as Record<FindingCategory, CategoryRate>;
}

function assertSettings(settings: ScoringSettings): void {
  for (const [name, value] of Object.entries(settings)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`scoring setting ${name} must be a finite number ≥ 0, got ${value}`);
    }
  }
}
