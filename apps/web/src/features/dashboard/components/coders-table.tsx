import type { CoderRowDto, DashboardQuery } from '@recode/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { StatFigure } from '../../../components';
import { drillDownSearch, teamSearch } from '../dashboard-search-params';
import { intervalText } from '../dashboard-tables';
import { methodTooltip } from '../method-tooltip';
import { DownloadCsvLink, exportHref } from '../../../components';
import { formatPercent } from '../../../lib/percent';

const targetText = (x: number) => `${Math.round(x * 1000) / 10}%`;
const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

function Trend({ trend }: { trend: CoderRowDto['trend'] }) {
  if (!trend) return <span className="dash-muted">—</span>;
  const points = (trend.delta * 100).toFixed(1);
  const title = `${trend.previousMonth}: ${formatPercent(trend.previous)} → ${trend.lastMonth}: ${formatPercent(trend.last)}`;
  if (trend.direction === 'too_few') {
    return (
      <span
        className="dash-muted"
        title={`${title} (${trend.previousRecords ?? '?'} and ${trend.lastRecords ?? '?'} records)`}
      >
        too few records
      </span>
    );
  }
  return (
    <span className={`dash-trend dash-trend-${trend.direction}`} title={title}>
      {ARROWS[trend.direction]} {trend.delta > 0 ? '+' : ''}
      {points} pts
    </span>
  );
}

/** Accuracy per coder with its 95% interval and n; says so when the sample cannot tell the coder from target. */
export function CodersTable({
  coders,
  query,
  target,
}: {
  coders: readonly CoderRowDto[];
  query: DashboardQuery;
  target: number;
}) {
  const headingId = useId();
  return (
    <section className="dash-card dash-wide" aria-labelledby={headingId}>
      <header className="dash-card-header">
        <div>
          <h2 id={headingId}>Coders</h2>
          <p className="dash-card-description">
            Record accuracy (the record is the unit, exact 95% interval) and code accuracy (Korn–Graubard interval,
            records as the unit); hover a number for its method and n, against the {targetText(target)} target.
          </p>
        </div>
        <div className="dash-card-actions">
          <DownloadCsvLink href={exportHref('dashboard', { ...query, table: 'coders' })} label="Coders CSV" small />
          <DownloadCsvLink href={exportHref('dashboard', { ...query, table: 'teams' })} label="Teams CSV" small />
        </div>
      </header>
      {coders.length === 0 ? (
        <p className="dash-empty">No reviewed records for these filters.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Coders table">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Coder</th>
                <th scope="col">Team</th>
                <th scope="col" className="num">
                  Records
                </th>
                <th scope="col">Record accuracy (95% CI)</th>
                <th scope="col">Code accuracy (95% CI)</th>
                <th scope="col" className="num">
                  Records with error
                </th>
                <th scope="col" className="num">
                  Open disputes
                </th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {coders.map((c) => (
                <tr key={c.coderId}>
                  <td>
                    <Link to={`/dashboard/coders/${c.coderId}${drillDownSearch(query)}`}>
                      {c.displayName || c.externalId}
                    </Link>
                    <div className="dash-muted">{c.externalId}</div>
                  </td>
                  <td>{c.teamId ? <Link to={`/dashboard${teamSearch(query, c.teamId)}`}>{c.teamName}</Link> : '—'}</td>
                  <td className="num">{c.recordsReviewed}</td>
                  <td className="cell-wrap">
                    <StatFigure tip={methodTooltip(c.recordAccuracy, 'records')}>
                      <strong>{formatPercent(c.recordAccuracy.estimate)}</strong>
                    </StatFigure>{' '}
                    <span className="dash-muted">{intervalText(c.recordAccuracy)}</span>
                    {c.preliminary ? <span className="dash-muted"> (preliminary)</span> : null}
                    {c.sampleWarning ? (
                      <p className="dash-warning" role="note">
                        {c.recordsReviewed} records cannot tell this coder from the {targetText(target)} target
                        {c.sampleWarning.recordsNeeded ? `; ${c.sampleWarning.recordsNeeded} more records needed` : ''}.
                      </p>
                    ) : null}
                  </td>
                  <td>
                    <StatFigure tip={methodTooltip(c.codeAccuracy, 'codes', c.codeAccuracy.clusters)}>
                      <strong>{formatPercent(c.codeAccuracy.estimate)}</strong>
                    </StatFigure>{' '}
                    <span className="dash-muted">{intervalText(c.codeAccuracy)}</span>
                    {c.preliminary ? <span className="dash-muted"> (preliminary)</span> : null}
                    <div className="dash-muted">
                      {c.codeAccuracy.n} codes in {c.codeAccuracy.clusters} records
                    </div>
                  </td>
                  <td className="num">{c.recordsWithError}</td>
                  <td className="num">{c.openDisputes}</td>
                  <td>
                    <Trend trend={c.trend} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
