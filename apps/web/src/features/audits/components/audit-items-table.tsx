import { type AuditItemDto, type PersonRef, SETTING_LABELS } from '@recode/contracts';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components';
import { formatDate } from '../../../lib/format';
import { ITEM_STATUS_LABELS } from '../audit-status';
import { ReassignSelect } from './reassign-select';

export interface Reassigning {
  auditors: readonly PersonRef[];
  busy: boolean;
  onReassign: (item: AuditItemDto, auditorId: string) => void;
}

/** The drawn records; with `reassigning` (supervisor or admin, audit in review) open records get an auditor chooser. */
export function AuditItemsTable({ items, reassigning }: { items: readonly AuditItemDto[]; reassigning?: Reassigning }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Sampled records</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Record</th>
            <th scope="col">Setting</th>
            <th scope="col">Date</th>
            <th scope="col">Coder</th>
            <th scope="col">Auditor</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Findings
            </th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const status = ITEM_STATUS_LABELS[item.status];
            return (
              <tr key={item.id} className={item.status === 'spare' ? 'row-muted' : undefined}>
                <td className="num">{item.drawOrder}</td>
                <td className="mono">
                  <Link to={`/audits/${item.auditId}/items/${item.id}`}>{item.encounter.externalId}</Link>
                </td>
                <td>{SETTING_LABELS[item.encounter.setting]}</td>
                <td>{formatDate(item.encounter.encounterDate)}</td>
                <td>
                  <span className="mono">{item.coder.externalId}</span> {item.coder.displayName}
                </td>
                <td>
                  {reassigning && (item.status === 'assigned' || item.status === 'in_progress') ? (
                    <ReassignSelect
                      item={item}
                      auditors={reassigning.auditors}
                      busy={reassigning.busy}
                      onReassign={(auditorId) => reassigning.onReassign(item, auditorId)}
                    />
                  ) : (
                    (item.auditor?.displayName ?? <span className="muted">Unassigned</span>)
                  )}
                </td>
                <td>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </td>
                <td className="num">{item.findingsCount}</td>
                <td>{formatDate(item.dueDate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
