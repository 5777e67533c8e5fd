import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState, PageHeader } from '../../../components';
import { formatCount, formatDate, formatDateTime } from '../../../lib/format';
import { useCurrentUser } from '../../auth';
import { useAudit } from '../api/use-audit';
import { AuditItemsSection } from '../components/audit-items-section';
import { AuditLifecycle } from '../components/audit-lifecycle';
import { AuditScoresPanel } from '../components/audit-scores-panel';
import { ExportLinks } from '../components/export-links';
import { RatStatsLinks } from '../components/ratstats-links';
import { FindingsSummary } from '../components/findings-summary';
import { ProgressBar } from '../components/progress-bar';
import { describeMethod } from '../plan-describe';

export function AuditDetailRoute() {
  const { auditId = '' } = useParams();
  const user = useCurrentUser();
  const audit = useAudit(auditId);

  if (audit.isPending) return <LoadingState label="Loading audit…" />;
  if (audit.isError)
    return (
      <ErrorState
        title="Could not load this audit"
        error={audit.error}
        onRetry={() => void audit.refetch()}
        retrying={audit.isFetching}
      />
    );
  const a = audit.data;
  const sampled = a.status !== 'draft' && a.status !== 'sampling';
  const canExport = user.role === 'admin' || user.role === 'supervisor';

  return (
    <div className="page">
      <PageHeader
        title={a.name}
        description={`${describeMethod(a.plan.method)} · created ${formatDateTime(a.createdAt)}${a.createdBy ? ` by ${a.createdBy.displayName}` : ''}`}
        actions={
          <>
            <Link className="btn" to="/audits">
              All audits
            </Link>
            {canExport && sampled ? (
              <ExportLinks auditId={a.id} released={a.status === 'released' || a.status === 'final'} />
            ) : null}
            {sampled && a.plan.method.type === 'ratstats' ? <RatStatsLinks auditId={a.id} /> : null}
          </>
        }
      />
      <AuditLifecycle audit={a} />
      {a.status === 'sampling' ? <LoadingState label="Drawing the sample…" /> : null}
      <div className="summary-columns">
        <dl className="facts">
          <dt>Progress</dt>
          <dd>{sampled ? <ProgressBar progress={a.progress} /> : '—'}</dd>
          <dt>Sample</dt>
          <dd>
            {formatCount(a.sampleSize)} records, {a.progress.sparesLeft} of {formatCount(a.spareCount)} spares left
          </dd>
          <dt>Frame</dt>
          <dd>
            {a.frameSize === null ? '—' : `${formatCount(a.frameSize)} encounters`}
            {a.excludedCount ? ` (${formatCount(a.excludedCount)} recently audited left out)` : ''}
          </dd>
          <dt>Seed</dt>
          <dd className="mono">{a.seed ?? '—'}</dd>
          <dt>Generator</dt>
          <dd className="mono">{a.algorithm ?? '—'}</dd>
          <dt>Frame hash</dt>
          <dd className="mono" title={a.frameHash ?? undefined}>
            {a.frameHash ? `${a.frameHash.slice(0, 16)}…` : '—'}
          </dd>
          <dt>Due</dt>
          <dd>{formatDate(a.dueDate)}</dd>
          <dt>Released</dt>
          <dd>{formatDateTime(a.releasedAt)}</dd>
        </dl>
        <FindingsSummary summary={a.findingsSummary} />
      </div>
      {sampled ? <AuditScoresPanel auditId={a.id} reports={canExport} /> : null}
      <AuditItemsSection auditId={a.id} sampled={sampled} canReassign={canExport && a.status === 'in_review'} />
    </div>
  );
}
