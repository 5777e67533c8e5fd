import type { CoderDrillDownQuery, DashboardQuery, DrgAccuracyRowDto } from '@recode/contracts';
import { useId } from 'react';
import { useDrgDashboard } from '../api/use-drg-dashboard';
import { intervalText } from '../dashboard-tables';
import { formatPercent } from '../../../lib/percent';

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

function AccuracyRows({ rows, label }: { rows: DrgAccuracyRowDto[]; label: string }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="num">
            Inpatient records
          </th>
          <th scope="col" className="num">
            DRG unchanged
          </th>
          <th scope="col" className="num">
            DRG accuracy (95% interval)
          </th>
          <th scope="col" className="num">
            Overpaid
          </th>
          <th scope="col" className="num">
            Underpaid
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.name}</th>
            <td className="num">{r.records}</td>
            <td className="num">{r.unchanged}</td>
            <td className="num" title={r.accuracy.method}>
              {formatPercent(r.accuracy.estimate)} {intervalText(r.accuracy)}
              {r.accuracy.preliminary ? ' (preliminary)' : ''}
            </td>
            <td className="num">{MONEY.format(r.overpayment)}</td>
            <td className="num">{MONEY.format(r.underpayment)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** DRG accuracy per coder and team, DRG-change dollars (over- and underpayment apart) and the most frequent shifts. */
export function DrgPanel({ query, coderId }: { query: DashboardQuery | CoderDrillDownQuery; coderId?: string }) {
  const headingId = useId();
  const drg = useDrgDashboard(query, coderId);
  const data = drg.data;
  return (
    <section className="dash-card" aria-labelledby={headingId} data-testid="drg-panel">
      <header className="dash-card-header">
        <div>
          <h2 id={headingId}>MS-DRG accuracy</h2>
          <p className="dash-card-description">
            {data
              ? `${data.totals.unchanged} of ${data.totals.records} reviewed inpatient records kept their DRG (${formatPercent(data.totals.accuracy.estimate)} ${intervalText(data.totals.accuracy)}). DRG changes: overpaid ${MONEY.format(data.totals.overpayment)} on ${data.totals.overpaymentRecords} records, underpaid ${MONEY.format(data.totals.underpayment)} on ${data.totals.underpaymentRecords}; kept apart, never netted.`
              : drg.isError
                ? 'Could not load the DRG figures.'
                : 'Loading…'}
          </p>
        </div>
      </header>
      {data && data.totals.records > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="MS-DRG accuracy tables">
          {coderId ? null : <AccuracyRows rows={data.coders} label="Coder" />}
          {coderId ? null : <AccuracyRows rows={data.teams} label="Team" />}
          <table className="data-table">
            <caption>Most frequent DRG shifts</caption>
            <thead>
              <tr>
                <th scope="col">Shift</th>
                <th scope="col" className="num">
                  Records
                </th>
                <th scope="col" className="num">
                  Payment difference
                </th>
              </tr>
            </thead>
            <tbody>
              {data.shifts.map((s) => (
                <tr key={`${s.from}-${s.to}`}>
                  <th scope="row" className="mono">
                    {s.from} → {s.to}
                  </th>
                  <td className="num">{s.records}</td>
                  <td className="num">{MONEY.format(s.paymentDelta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
