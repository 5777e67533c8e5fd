import { SETTING_LABELS, type WorklistItemDto } from '@recode/contracts';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components';
import { formatDate } from '../../../lib/format';
import { ITEM_STATUS_LABELS } from '../../audits';
import { dueLabel } from '../due-date';

export function WorklistTable({ items, today }: { items: readonly WorklistItemDto[]; today: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Records to review</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col">Record</th>
            <th scope="col">Audit</th>
            <th scope="col">Setting</th>
            <th scope="col">Encounter date</th>
            <th scope="col">Coder</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Findings
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const status = ITEM_STATUS_LABELS[item.status];
            return (
              <tr key={item.id}>
                <td>
                  {item.overdue ? (
                    <StatusBadge tone="negative">{dueLabel(item.dueDate, today)}</StatusBadge>
                  ) : (
                    dueLabel(item.dueDate, today)
                  )}
                  <div className="cell-sub">{formatDate(item.dueDate)}</div>
                </td>
                <td className="mono cell-strong">
                  <Link to={`/audits/${item.auditId}/items/${item.id}`}>{item.encounter.externalId}</Link>
                </td>
                <td>{item.auditName}</td>
                <td>{SETTING_LABELS[item.encounter.setting]}</td>
                <td>{formatDate(item.encounter.encounterDate)}</td>
                <td>
                  <span className="mono">{item.coder.externalId}</span> {item.coder.displayName}
                </td>
                <td>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </td>
                <td className="num">{item.findingsCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
