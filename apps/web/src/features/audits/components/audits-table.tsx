import type { AuditSummaryDto } from '@recode/contracts';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components';
import { formatCount, formatDate, formatDateTime } from '../../../lib/format';
import { AUDIT_STATUS_LABELS } from '../audit-status';
import { ProgressBar } from './progress-bar';

export function AuditsTable({ audits }: { audits: readonly AuditSummaryDto[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Audits</caption>
        <thead>
          <tr>
            <th scope="col">Audit</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col" className="num">
              Sample
            </th>
            <th scope="col" className="num">
              Frame
            </th>
            <th scope="col">Due</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {audits.map((audit) => {
            const status = AUDIT_STATUS_LABELS[audit.status];
            return (
              <tr key={audit.id}>
                <td className="cell-strong">
                  <Link to={`/audits/${audit.id}`}>{audit.name}</Link>
                </td>
                <td>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </td>
                <td>
                  {audit.status === 'draft' || audit.status === 'sampling' ? (
                    <span className="muted">—</span>
                  ) : (
                    <ProgressBar progress={audit.progress} />
                  )}
                </td>
                <td className="num">{formatCount(audit.sampleSize)}</td>
                <td className="num">{audit.frameSize === null ? '—' : formatCount(audit.frameSize)}</td>
                <td>{formatDate(audit.dueDate)}</td>
                <td>{formatDateTime(audit.createdAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
