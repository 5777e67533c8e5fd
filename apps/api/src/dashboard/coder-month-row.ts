import type { EncounterSettingCode } from '@recode/contracts';
import { z } from 'zod';

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
  /** Code accuracy's denominator: the codes at the weight an error on each carries (the cluster units). */
  weightedCodes: number;
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

// pg answers bigint and numeric columns as strings, and a coder-month without counted records has NULLs.
const numeric = z.union([z.number(), z.string()]).nullable();
const categoryErrors = z.record(z.string(), z.number());
const auditorFindings = z.record(
  z.string(),
  z.object({ findings: z.number(), disputed: z.number(), lost: z.number() }),
);

/** The SQL the rows come back as (rollup-rows.ts and record-rows.ts select the same columns). */
export const RawCoderMonthRow = z.object({
  coderId: z.string(),
  teamId: z.string().nullable(),
  month: z.string(),
  recordsReviewed: numeric,
  codesReviewed: numeric,
  weightedCodes: numeric,
  weightedErrors: numeric,
  recordsWithError: numeric,
  clusters: numeric,
  errorsSquared: numeric,
  unitsSquared: numeric,
  errorsTimesUnits: numeric,
  overpayment: numeric,
  underpayment: numeric,
  overpaymentWeight: numeric,
  underpaymentWeight: numeric,
  categoryErrors: categoryErrors.nullable(),
  auditorFindings: auditorFindings.nullable(),
  population: numeric.optional(),
  preliminary: z.boolean().nullable().optional(),
  targetedRecordsReviewed: numeric.optional(),
  targetedRecordsWithError: numeric.optional(),
});
export type RawCoderMonthRow = z.infer<typeof RawCoderMonthRow>;

export function toCoderMonthRow(raw: RawCoderMonthRow): CoderMonthRow {
  const num = (v: number | string | null): number => (v === null ? 0 : Number(v));
  return {
    coderId: raw.coderId,
    teamId: raw.teamId,
    month: raw.month,
    recordsReviewed: num(raw.recordsReviewed),
    codesReviewed: num(raw.codesReviewed),
    weightedCodes: num(raw.weightedCodes),
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
