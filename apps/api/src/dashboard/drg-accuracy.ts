import type { DrgAccuracyRowDto, DrgDashboardDto, IntervalDto } from '@recode/contracts';
import { recordAccuracyInterval } from '@recode/domain';
import type { DataSource } from 'typeorm';
import { selectManyRows } from '../database/sql';
import type { RowFilter } from './coder-month-row';
import { DrgItemRow as ItemRow } from './dashboard-rows';
import { inScope, ITEMS } from './record-rows';

/**
 * One row per reviewed inpatient record in scope, with its standing DRG change if any (a withdrawn or
 * overturned DRG finding leaves the DRG unchanged, as for the rest of the scores).
 */
function itemsSql(filter: RowFilter, params: unknown[]): string {
  const scope = inScope({ ...filter, setting: 'inpatient' }, params);
  return `SELECT i.coder_id AS "coderId", c.display_name AS "coderName", c.team_id AS "teamId", t.name AS "teamName",
      f.id IS NOT NULL AS changed, a.status IN ('released', 'final') AS released, f.payment_delta::float8 AS payment,
      f.drg_before AS "drgBefore", f.drg_after AS "drgAfter"
    FROM ${ITEMS} LEFT JOIN teams t ON t.id = c.team_id
    LEFT JOIN audit_findings f ON f.item_id = i.id AND f.type = 'drg_changed' AND f.status NOT IN ('withdrawn', 'overturned')
   WHERE ${scope}`;
}

const cents = (n: number): number => Math.round(n * 100) / 100;

/** Clopper–Pearson limits on the pooled records, as the dashboard's record accuracy without populations. */
function interval(records: number, unchanged: number, preliminary: boolean): IntervalDto {
  const e = recordAccuracyInterval(unchanged, records);
  return {
    estimate: e.estimate,
    lower: e.lower,
    upper: e.upper,
    n: e.n,
    method: e.method,
    population: e.population,
    status: e.status,
    reason: e.reason,
    preliminary,
  };
}

function rowOf(id: string, name: string, items: readonly ItemRow[]): DrgAccuracyRowDto {
  const unchanged = items.filter((r) => !r.changed).length;
  const over = items.filter((r) => (r.payment ?? 0) < 0).reduce((s, r) => s - (r.payment as number), 0);
  const under = items.filter((r) => (r.payment ?? 0) > 0).reduce((s, r) => s + (r.payment as number), 0);
  return {
    id,
    name,
    records: items.length,
    unchanged,
    accuracy: interval(
      items.length,
      unchanged,
      items.some((r) => !r.released),
    ),
    overpayment: cents(over),
    underpayment: cents(under),
  };
}

function groupBy(items: readonly ItemRow[], key: (r: ItemRow) => [string, string] | null): DrgAccuracyRowDto[] {
  const groups = new Map<string, { name: string; items: ItemRow[] }>();
  for (const r of items) {
    const k = key(r);
    if (!k) continue;
    const g = groups.get(k[0]) ?? { name: k[1], items: [] };
    g.items.push(r);
    groups.set(k[0], g);
  }
  return [...groups].map(([id, g]) => rowOf(id, g.name, g.items)).sort((a, b) => a.name.localeCompare(b.name));
}

/** DRG accuracy per coder and team, DRG-change dollars (over- and underpayment apart) and the most frequent shifts. */
export async function drgDashboard(
  db: DataSource,
  filter: RowFilter,
  months: { from: string; to: string },
): Promise<DrgDashboardDto> {
  const params: unknown[] = [filter.fromDate, filter.toExclusive];
  // One row per reviewed inpatient record in scope (a team's year can be tens of thousands): the first row is checked.
  const items = await selectManyRows(db, ItemRow, itemsSql(filter, params), params);
  const total = rowOf('', '', items);
  const shifts = new Map<string, { from: string; to: string; records: number; paymentDelta: number }>();
  for (const r of items) {
    if (!r.changed) continue;
    const key = `${r.drgBefore ?? ''}→${r.drgAfter ?? ''}`;
    const s = shifts.get(key) ?? { from: r.drgBefore ?? '', to: r.drgAfter ?? '', records: 0, paymentDelta: 0 };
    s.records += 1;
    s.paymentDelta += r.payment ?? 0;
    shifts.set(key, s);
  }
  return {
    filters: months,
    totals: {
      records: total.records,
      unchanged: total.unchanged,
      accuracy: total.accuracy,
      overpayment: total.overpayment,
      underpayment: total.underpayment,
      overpaymentRecords: items.filter((r) => (r.payment ?? 0) < 0).length,
      underpaymentRecords: items.filter((r) => (r.payment ?? 0) > 0).length,
    },
    coders: groupBy(items, (r) => [r.coderId, r.coderName]),
    teams: groupBy(items, (r) => (r.teamId ? [r.teamId, r.teamName ?? r.teamId] : null)),
    shifts: [...shifts.values()]
      .map((s) => ({ ...s, paymentDelta: cents(s.paymentDelta) }))
      .sort((a, b) => b.records - a.records || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
      .slice(0, 10),
  };
}
