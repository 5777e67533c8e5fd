import { AUDIT_STATUSES } from '@recode/contracts';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader, Pagination, SelectField } from '../../../components';
import { useCurrentUser } from '../../auth';
import { useAudits } from '../api/use-audits';
import { AUDIT_STATUS_LABELS } from '../audit-status';
import { parseAuditListParams } from '../audits-search-params';
import { AuditsTable } from '../components/audits-table';
import { useParamPatch } from '../../../hooks/use-param-patch';

export function AuditsRoute() {
  const user = useCurrentUser();
  const plans = user.role === 'admin' || user.role === 'supervisor';
  const [params, setParams] = useSearchParams();
  const query = parseAuditListParams(params);
  const audits = useAudits(query);
  const update = useParamPatch(params, setParams);

  return (
    <div className="page">
      <PageHeader
        title="Audits"
        description="Each audit: its sample, progress, findings and scores."
        actions={
          plans ? (
            <Link className="btn btn-primary" to="/audits/plans">
              Plans
            </Link>
          ) : null
        }
      />
      <div className="filters" role="search" aria-label="Filter audits">
        <SelectField
          label="Status"
          value={query.status ?? ''}
          onValueChange={(status) => update({ status })}
          options={[
            { value: '', label: 'All statuses' },
            ...AUDIT_STATUSES.map((status) => ({ value: status, label: AUDIT_STATUS_LABELS[status].label })),
          ]}
        />
      </div>
      {audits.isPending ? (
        <LoadingState label="Loading audits…" />
      ) : audits.isError ? (
        <ErrorState error={audits.error} onRetry={() => void audits.refetch()} retrying={audits.isFetching} />
      ) : audits.data.items.length === 0 ? (
        <EmptyState
          title={query.status ? 'No audits with this status.' : 'No audits yet.'}
          action={plans && !query.status ? <Link to="/audits/plans/new">Plan an audit</Link> : undefined}
        >
          <p>
            {plans
              ? 'An audit starts from a plan: create one, preview it and draw the sample.'
              : 'Audits with records assigned to you appear here.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <AuditsTable audits={audits.data.items} />
          <Pagination
            page={audits.data.page}
            pageSize={audits.data.pageSize}
            total={audits.data.total}
            busy={audits.isPlaceholderData}
            onPageChange={(page) => update({ page })}
          />
        </>
      )}
    </div>
  );
}
