import type { AuditPlanDto } from '@recode/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { describeMethod, describeSchedule } from '../plan-describe';

export function PlansTable({ plans }: { plans: readonly AuditPlanDto[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Audit plans</caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Method</th>
            <th scope="col">Schedule</th>
            <th scope="col">Seed</th>
            <th scope="col">Spares</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id} className={plan.archived ? 'row-muted' : undefined}>
              <td className="cell-strong">
                <Link to={`/audits/plans/${plan.id}`}>{plan.name}</Link>
              </td>
              <td>{describeMethod(plan.method)}</td>
              <td>{describeSchedule(plan.schedule)}</td>
              <td className="mono">{plan.seed ?? <span className="muted">generated</span>}</td>
              <td className="num">{plan.spares}</td>
              <td>{formatDateTime(plan.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
