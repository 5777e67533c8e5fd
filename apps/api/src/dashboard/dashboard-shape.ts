import {
  TREND_MIN_RECORDS,
  type AuditorCalibrationDto,
  type CoderRowDto,
  type DashboardDto,
  type FindingCategory,
  type ParetoBarDto,
  type TrendPointDto,
} from '@recode/contracts';
import { controlChart, isTooSmallToTell } from '@recode/domain';
import type { CoderMonthRow } from './coder-month-row';
import { accuracyOf, targetedOf } from './dashboard-intervals';

export interface CoderInfo {
  externalId: string;
  displayName: string;
  teamId: string | null;
  teamName: string | null;
}

/** A month-over-month move smaller than half a percentage point is shown as flat. */
const FLAT = 0.005;

export function totalsOf(rows: readonly CoderMonthRow[]): DashboardDto['totals'] {
  const records = rows.reduce((s, r) => s + r.recordsReviewed, 0);
  const { record, code } = accuracyOf(rows);
  return {
    recordsReviewed: records,
    codesReviewed: rows.reduce((s, r) => s + r.codesReviewed, 0),
    recordsWithError: rows.reduce((s, r) => s + r.recordsWithError, 0),
    recordAccuracy: record,
    codeAccuracy: code,
    preliminary: rows.some((r) => r.preliminary && r.recordsReviewed > 0),
    targeted: targetedOf(rows),
  };
}

/** Every month from..to as YYYY-MM, so months without records show as gaps, not as missing points. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const label = `${y}-${String(m).padStart(2, '0')}`;
    if (label > to) return out;
    out.push(label);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * Team record accuracy per month on a control chart (exact binomial probability limits, beta-binomial where
 * months vary more than binomial: libs/domain controlChart). A month whose n leaves no lower limit gets
 * none (upperLimit null in accuracy terms), and the chart says an improvement cannot show there.
 */
export function trendOf(rows: readonly CoderMonthRow[], months: readonly string[]): DashboardDto['trend'] {
  const points = months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month);
    return {
      label: month,
      n: inMonth.reduce((s, r) => s + r.recordsReviewed, 0),
      defects: inMonth.reduce((s, r) => s + r.recordsWithError, 0),
      preliminary: inMonth.some((r) => r.preliminary),
    };
  });
  const chart = controlChart(points.map(({ label, n, defects }) => ({ label, n, defects })));
  const plotted: TrendPointDto[] = points.map((p, i) => {
    const c = chart?.points[i];
    return {
      month: p.label,
      recordsReviewed: p.n,
      recordsWithError: p.defects,
      accuracy: c?.accuracy ?? null,
      lowerLimit: c?.accuracyLower ?? null,
      upperLimit: c?.accuracyUpper ?? null,
      flag: c?.flag ?? 'no_data',
      preliminary: p.preliminary,
    };
  });
  const note =
    chart === null
      ? 'No records reviewed in these months: not enough data for a chart.'
      : chart.improvementDetectable
        ? null
        : 'At these monthly sample sizes even a month with no errors would be within the limits: an improvement cannot show on this chart.';
  return {
    centreAccuracy: chart?.centre.accuracy ?? null,
    points: plotted,
    chart: { method: chart?.method ?? null, improvementDetectable: chart?.improvementDetectable ?? false, note },
  };
}

function trendOfCoder(rows: readonly CoderMonthRow[]): CoderRowDto['trend'] {
  const withData = rows.filter((r) => r.recordsReviewed > 0).sort((a, b) => a.month.localeCompare(b.month));
  const [prev, last] = withData.slice(-2);
  if (!prev || !last) return null;
  const accuracy = (r: CoderMonthRow): number => (r.recordsReviewed - r.recordsWithError) / r.recordsReviewed;
  const delta = accuracy(last) - accuracy(prev);
  // One record a month turns 0% into 100%: a change is claimed only from months with enough records.
  const tooFew = last.recordsReviewed < TREND_MIN_RECORDS || prev.recordsReviewed < TREND_MIN_RECORDS;
  return {
    lastMonth: last.month,
    last: accuracy(last),
    previousMonth: prev.month,
    previous: accuracy(prev),
    delta,
    direction: tooFew ? 'too_few' : Math.abs(delta) < FLAT ? 'flat' : delta > 0 ? 'up' : 'down',
    lastRecords: last.recordsReviewed,
    previousRecords: prev.recordsReviewed,
  };
}

export function coderRowsOf(
  rows: readonly CoderMonthRow[],
  coders: ReadonlyMap<string, CoderInfo>,
  openDisputes: ReadonlyMap<string, number>,
  target: number,
): CoderRowDto[] {
  const byCoder = new Map<string, CoderMonthRow[]>();
  for (const r of rows) byCoder.set(r.coderId, [...(byCoder.get(r.coderId) ?? []), r]);
  const out = [...byCoder.entries()].map(([coderId, own]): CoderRowDto => {
    const totals = totalsOf(own);
    const info = coders.get(coderId);
    const right = totals.recordsReviewed - totals.recordsWithError;
    const population = own.every((r) => r.population !== null)
      ? own.reduce((sum, r) => sum + (r.population ?? 0), 0)
      : null;
    const check =
      totals.recordsReviewed > 0
        ? isTooSmallToTell({ successes: right, n: totals.recordsReviewed, target, population })
        : null;
    return {
      coderId,
      externalId: info?.externalId ?? '',
      displayName: info?.displayName ?? '',
      teamId: info?.teamId ?? null,
      teamName: info?.teamName ?? null,
      recordsReviewed: totals.recordsReviewed,
      codesReviewed: totals.codesReviewed,
      recordsWithError: totals.recordsWithError,
      weightedErrors: own.reduce((s, r) => s + r.weightedErrors, 0),
      weightedCodes: own.reduce((s, r) => s + r.weightedCodes, 0),
      recordAccuracy: totals.recordAccuracy,
      codeAccuracy: totals.codeAccuracy,
      openDisputes: openDisputes.get(coderId) ?? 0,
      trend: trendOfCoder(own),
      sampleWarning: check?.tooSmall ? { message: check.message, recordsNeeded: check.needed } : null,
      preliminary: totals.preliminary,
      targeted: totals.targeted,
    };
  });
  return out.sort((a, b) => a.externalId.localeCompare(b.externalId));
}

/** Coder-caused errors by category, largest first, with the running share for the Pareto line. */
export function paretoOf(rows: readonly CoderMonthRow[]): ParetoBarDto[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const [k, v] of Object.entries(r.categoryErrors)) counts.set(k, (counts.get(k) ?? 0) + v);
  const bars = [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = bars.reduce((s, [, n]) => s + n, 0);
  let running = 0;
  return bars.map(([category, errors]) => {
    running += errors;
    return { category: category as FindingCategory, errors, share: errors / total, cumulativeShare: running / total };
  });
}

export function auditorsOf(
  rows: readonly CoderMonthRow[],
  names: ReadonlyMap<string, string>,
): AuditorCalibrationDto[] {
  const sums = new Map<string, { findings: number; disputed: number; lost: number }>();
  for (const r of rows) {
    for (const [id, s] of Object.entries(r.auditorFindings)) {
      const acc = sums.get(id) ?? { findings: 0, disputed: 0, lost: 0 };
      sums.set(id, {
        findings: acc.findings + s.findings,
        disputed: acc.disputed + s.disputed,
        lost: acc.lost + s.lost,
      });
    }
  }
  return [...sums.entries()]
    .map(([auditorId, s]) => ({
      auditorId,
      name: names.get(auditorId) ?? 'Unknown auditor',
      ...s,
      disputeRate: s.findings === 0 ? null : s.disputed / s.findings,
      overturnRate: s.disputed === 0 ? null : s.lost / s.disputed,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const cents = (x: number): number => Math.round(x * 100) / 100;
const weight4 = (x: number): number => Math.round(x * 10000) / 10000;

/** Over- and underpayment, money and DRG weight, each summed on its own: never netted. */
export function paymentOf(rows: readonly CoderMonthRow[], months: readonly string[]): DashboardDto['payment'] {
  const side = (rs: readonly CoderMonthRow[], kind: 'over' | 'under') => ({
    amount: cents(rs.reduce((s, r) => s + (kind === 'over' ? r.overpayment : r.underpayment), 0)),
    weight: weight4(rs.reduce((s, r) => s + (kind === 'over' ? r.overpaymentWeight : r.underpaymentWeight), 0)),
  });
  return {
    overpayment: side(rows, 'over'),
    underpayment: side(rows, 'under'),
    months: months.map((month) => {
      const inMonth = rows.filter((r) => r.month === month);
      return { month, overpayment: side(inMonth, 'over'), underpayment: side(inMonth, 'under') };
    }),
  };
}
