import type { EncounterSettingCode } from '@recode/contracts';

/**
 * One coder's month as the dashboard needs it, whichever source produced it: the score rollups (fast,
 * kept current by the rollups job) or the reviewed records themselves (for setting and facility
 * filters, which the rollups do not split by). Both sources must give the same numbers.
 */
export interface CoderMonthRow {
  coderId: string;
  teamId: string | null;
  /** YYYY-MM of the encounter date. */
  month: string;
  recordsReviewed: number;
  codesReviewed: number;
  weightedErrors: number;
  recordsWithError: number;
  clusters: number;
  errorsSquared: number;
  unitsSquared: number;
  errorsTimesUnits: number;
  overpayment: number;
  underpayment: number;
  overpaymentWeight: number;
  underpaymentWeight: number;
  categoryErrors: Record<string, number>;
  auditorFindings: Record<string, { findings: number; disputed: number; lost: number }>;
  /** The coder's encounters that month (null when not known: the record-rows path, rows stored before it was kept). */
  population: number | null;
  /** Records of audits in review or findings still open are in this row. */
  preliminary: boolean;
  /** Targeted (rule-driven) review records, kept out of every rate above. */
  targetedRecordsReviewed: number;
  targetedRecordsWithError: number;
}

/** Resolved filters: months as first days (from inclusive, toExclusive the month after `to`). */
export interface RowFilter {
  fromDate: string;
  toExclusive: string;
  /** null = every team (admin without a team filter). */
  teamIds: string[] | null;
  coderId: string | null;
  setting: EncounterSettingCode | null;
  facility: string | null;
  /** review: records count in the month they were reviewed (computed from the records; the rollups are by encounter month). */
  basis?: 'encounter' | 'review';
}

/** The SQL the rows come back as (numeric columns arrive as strings from pg). */
export interface RawCoderMonthRow {
  coderId: string;
  teamId: string | null;
  month: string;
  recordsReviewed: number | string;
  codesReviewed: number | string;
  weightedErrors: number | string;
  recordsWithError: number | string;
  clusters: number | string;
  errorsSquared: number | string | null;
  unitsSquared: number | string | null;
  errorsTimesUnits: number | string | null;
  overpayment: number | string | null;
  underpayment: number | string | null;
  overpaymentWeight: number | string | null;
  underpaymentWeight: number | string | null;
  categoryErrors: Record<string, number> | null;
  auditorFindings: Record<string, { findings: number; disputed: number; lost: number }> | null;
  population?: number | string | null;
  preliminary?: boolean | null;
  targetedRecordsReviewed?: number | string | null;
  targetedRecordsWithError?: number | string | null;
}

export function toCoderMonthRow(raw: RawCoderMonthRow): CoderMonthRow {
  const num = (v: number | string | null): number => (v === null ? 0 : Number(v));
  return {
    coderId: raw.coderId,
    teamId: raw.teamId,
    month: raw.month,
    recordsReviewed: num(raw.recordsReviewed),
    codesReviewed: num(raw.codesReviewed),
    weightedErrors: num(raw.weightedErrors),
    recordsWithError: num(raw.recordsWithError),
    clusters: num(raw.clusters),
    errorsSquared: num(raw.errorsSquared),
    unitsSquared: num(raw.unitsSquared),
    errorsTimesUnits: num(raw.errorsTimesUnits),
    overpayment: num(raw.overpayment),
    underpayment: num(raw.underpayment),
    overpaymentWeight: num(raw.overpaymentWeight),
    underpaymentWeight: num(raw.underpaymentWeight),
    categoryErrors: raw.categoryErrors ?? {},
    auditorFindings: raw.auditorFindings ?? {},
    population: raw.population === null || raw.population === undefined ? null : Number(raw.population),
    preliminary: raw.preliminary ?? false,
    targetedRecordsReviewed: num(raw.targetedRecordsReviewed ?? null),
    targetedRecordsWithError: num(raw.targetedRecordsWithError ?? null),
  };
}
