import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../components';
import { useAuditPlans } from '../api/use-audit-plans';
import { PlansTable } from '../components/plans-table';

export function PlansRoute() {
  const plans = useAuditPlans();
  return (
    <div className="page">
      <PageHeader
        title="Audit plans"
        description="Scope, method, size and seed of each audit; preview a plan, then draw its sample."
        actions={
          <>
            <Link className="btn" to="/audits">
              Audits
            </Link>
            <Link className="btn" to="/audits/sample-size">
              Sample size
            </Link>
            <Link className="btn btn-primary" to="/audits/plans/new">
              New plan
            </Link>
          </>
        }
      />
      {plans.isPending ? (
        <LoadingState label="Loading plans…" />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />
      ) : plans.data.length === 0 ? (
        <EmptyState title="No audit plans yet." action={<Link to="/audits/plans/new">Create the first plan</Link>}>
          <p>A plan says which encounters an audit draws from, how many, and with which seed.</p>
        </EmptyState>
      ) : (
        <PlansTable plans={plans.data} />
      )}
    </div>
  );
}
