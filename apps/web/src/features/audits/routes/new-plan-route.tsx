import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components';
import { PlanForm } from '../components/plan-form';

export function NewPlanRoute() {
  const navigate = useNavigate();
  return (
    <div className="page">
      <PageHeader
        title="New audit plan"
        description="Preview shows the frame and the expected sample per coder; nothing is drawn until you run the plan."
        actions={
          <Link className="btn" to="/audits/plans">
            Cancel
          </Link>
        }
      />
      <PlanForm onSaved={(plan) => navigate(`/audits/plans/${plan.id}`)} />
    </div>
  );
}
