import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState, PageHeader } from '../../../components';
import { formatDate } from '../../../lib/format';
import { useAuditPlan } from '../api/use-audit-plan';
import { useSavedPlanPreview } from '../api/use-saved-plan-preview';
import { PlanPreviewTable } from '../components/plan-preview-table';
import { RunPlanForm } from '../components/run-plan-form';
import { describeMethod, describeRules } from '../plan-describe';

export function PlanDetailRoute() {
  const { planId = '' } = useParams();
  const plan = useAuditPlan(planId);
  const preview = useSavedPlanPreview(planId);

  if (plan.isPending) return <LoadingState label="Loading plan…" />;
  if (plan.isError) return <ErrorState title="Could not load this plan" error={plan.error} onRetry={() => void plan.refetch()} />;
  const { scope } = plan.data;

  return (
    <div className="page">
      <PageHeader
        title={plan.data.name}
        description={plan.data.description ?? 'Audit plan'}
        actions={
          <Link className="btn" to="/audits/plans">
            All plans
          </Link>
        }
      />
      <div className="plan-layout">
        <div className="form">
          <dl className="facts">
            <dt>Dates</dt>
            <dd>{scope.dateFrom || scope.dateTo ? `${formatDate(scope.dateFrom)} – ${formatDate(scope.dateTo)}` : (scope.relativePeriod?.replace('_', ' ') ?? 'All dates')}</dd>
            <dt>Settings</dt>
            <dd>{scope.settings?.length ? scope.settings.join(', ') : 'All'}</dd>
            <dt>Teams</dt>
            <dd>{plan.data.teamIds.length || 'All of yours'}</dd>
            <dt>Coders</dt>
            <dd>{scope.coderIds?.length ? `${scope.coderIds.length} chosen` : 'All in scope'}</dd>
            <dt>Flagged only</dt>
            <dd>{scope.flaggedOnly ? 'Yes' : 'No'}</dd>
            <dt>Method</dt>
            <dd>{describeMethod(plan.data.method)}</dd>
            <dt>Targeting</dt>
            <dd>{describeRules(plan.data.rules)}</dd>
            <dt>Seed</dt>
            <dd className="mono">{plan.data.seed ?? 'generated at each run'}</dd>
            <dt>Spares</dt>
            <dd>{plan.data.spares}</dd>
          </dl>
          <RunPlanForm planId={plan.data.id} />
        </div>
        <div>
          {preview.isPending ? (
            <LoadingState label="Counting the frame…" />
          ) : preview.isError ? (
            <ErrorState title="Could not preview this plan" error={preview.error} onRetry={() => void preview.refetch()} retrying={preview.isFetching} />
          ) : (
            <PlanPreviewTable preview={preview.data} />
          )}
        </div>
      </div>
    </div>
  );
}
