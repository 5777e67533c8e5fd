import { SETTING_LABELS } from '@recode/contracts';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader, StatFigure } from '../../../components';
import { PRELIMINARY_NOTE } from '../../../lib/stat-tooltip';
import { useCoderDrillDown } from '../api/use-coder-drill-down';
import { DrgPanel } from '../components/drg-panel';
import { monthLabel } from '../chart-data';
import { AccuracyTotals } from '../components/accuracy-totals';
import { parseDashboardParams } from '../dashboard-search-params';
import '../dashboard.css';

function auditTip(a: {
  recordsReviewed: number;
  recordsWithError: number;
  preliminary?: boolean;
  targeted?: boolean;
}): string {
  const parts = [
    a.targeted
      ? 'targeted (rule-driven) audit: a count of findings, never part of the accuracy'
      : 'random audit: these records are in the accuracy above',
    `${a.recordsWithError} of ${a.recordsReviewed} records reviewed with a coder error`,
  ];
  if (a.preliminary) parts.push(PRELIMINARY_NOTE);
  return parts.join(' · ');
}

/** Dashboard → coder → audit → record: each record opens the audit item, which lists its findings. */
export function CoderDrillDownRoute() {
  const { coderId = '' } = useParams();
  const [params] = useSearchParams();
  const { teamId: _team, ...query } = parseDashboardParams(params);
  const drill = useCoderDrillDown(coderId, query);
  const back = `/dashboard${params.toString() ? `?${params.toString()}` : ''}`;

  if (drill.isPending) return <LoadingState label="Loading the coder’s audits…" />;
  if (drill.isError)
    return (
      <ErrorState
        title="Could not load this coder"
        error={drill.error}
        onRetry={() => void drill.refetch()}
        retrying={drill.isFetching}
      />
    );
  const { coder, audits, filters, truncated, totals } = drill.data;
  return (
    <div className="page">
      <PageHeader
        title={`${coder.displayName} (${coder.externalId})`}
        description={`${coder.teamName ?? 'No team'} · reviewed records ${monthLabel(filters.from)} – ${monthLabel(filters.to)}`}
        actions={
          <Link className="btn" to={back}>
            Back to the dashboard
          </Link>
        }
      />
      <DrgPanel query={query} coderId={coderId} />
      {totals && totals.recordsReviewed + (totals.targeted?.recordsReviewed ?? 0) > 0 ? (
        <section className="dash-card" style={{ marginBottom: '1rem' }} aria-label="Coder accuracy">
          <AccuracyTotals totals={totals} target={null} />
        </section>
      ) : null}
      {audits.length === 0 ? (
        <EmptyState title="No reviewed records for this coder in the period" />
      ) : (
        audits.map((a) => (
          <section key={a.auditId} className="dash-card" style={{ marginBottom: '1rem' }} aria-label={a.name}>
            <header className="dash-card-header">
              <div>
                <h2>
                  <Link to={`/audits/${a.auditId}`}>{a.name}</Link>
                </h2>
                <p className="dash-card-description">
                  {a.status.replace('_', ' ')} ·{' '}
                  <StatFigure tip={auditTip(a)}>
                    {a.recordsReviewed} records reviewed, {a.recordsWithError} with a coder error
                  </StatFigure>
                  {a.preliminary ? <span className="dash-muted"> (preliminary)</span> : null}
                  {a.targeted ? (
                    <span className="dash-muted"> · targeted review: findings, not part of the accuracy</span>
                  ) : null}
                </p>
              </div>
            </header>
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Record</th>
                    <th scope="col">Date</th>
                    <th scope="col">Setting</th>
                    <th scope="col" className="num">
                      Codes
                    </th>
                    <th scope="col" className="num">
                      Findings
                    </th>
                    <th scope="col" className="num">
                      Coder errors (weighted)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.records.map((r) => (
                    <tr key={r.itemId}>
                      <td>
                        <Link to={`/audits/${a.auditId}/items/${r.itemId}`}>{r.externalId}</Link>
                      </td>
                      <td>{r.encounterDate}</td>
                      <td>{SETTING_LABELS[r.setting as keyof typeof SETTING_LABELS] ?? r.setting}</td>
                      <td className="num">{r.codesReviewed}</td>
                      <td className="num">{r.findings}</td>
                      <td className="num">{r.coderErrors}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
      {truncated ? (
        <p className="dash-muted">Showing the newest records only; narrow the period to see the rest.</p>
      ) : null}
    </div>
  );
}
