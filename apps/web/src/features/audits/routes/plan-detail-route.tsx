import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState, PageHeader } from '../../../components';
import { useAuditPlan } from '../api/use-audit-plan';
import { useSavedPlanPreview } from '../api/use-saved-plan-preview';
import { PlanFacts } from '../components/plan-facts';
import { PlanForm } from '../components/plan-form';
import { PlanPreviewTable } from '../components/plan-preview-table';
import { RunPlanForm } from '../components/run-plan-form';

export function PlanDetailRoute() {
  const { planId = '' } = useParams();
  const plan = useAuditPlan(planId);
  const preview = useSavedPlanPreview(planId);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);

  if (plan.isPending) return <LoadingState label="Loading plan…" />;
  if (plan.isError)
    return <ErrorState title="Could not load this plan" error={plan.error} onRetry={() => void plan.refetch()} />;

  if (editing) {
    return (
      <div className="page">
        <PageHeader
          title={`Edit ${plan.data.name}`}
          description={`Version ${plan.data.version}. Audits already drawn keep the plan they were drawn with.`}
        />
        <PlanForm
          key={plan.data.version}
          plan={plan.data}
          onSaved={(updated) => {
            setSaved(updated.version);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader
        title={plan.data.name}
        description={plan.data.description ?? 'Audit plan'}
        actions={
          <>
            {plan.data.archived ? null : (
              <button type="button" className="btn" onClick={() => setEditing(true)}>
                Edit
              </button>
            )}
            <Link className="btn" to="/audits/plans">
              All plans
            </Link>
          </>
        }
      />
      {saved !== null ? (
        <p className="notice" role="status">
          Plan saved (version {saved}).
        </p>
      ) : null}
      <div className="plan-layout">
        <div className="form">
          <PlanFacts plan={plan.data} />
          <RunPlanForm planId={plan.data.id} />
        </div>
        <div>
          {preview.isPending ? (
            <LoadingState label="Counting the frame…" />
          ) : preview.isError ? (
            <ErrorState
              title="Could not preview this plan"
              error={preview.error}
              onRetry={() => void preview.refetch()}
              retrying={preview.isFetching}
            />
          ) : (
            <PlanPreviewTable preview={preview.data} />
          )}
        </div>
      </div>
    </div>
  );
}
