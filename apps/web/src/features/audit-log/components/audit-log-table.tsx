import type { AuditLogEntryDto } from '@recode/contracts';
import { formatDateTime, shortId } from '../../../lib/format';
import { AuditEntryDetails } from './audit-entry-details';

interface AuditLogTableProps {
  entries: readonly AuditLogEntryDto[];
  onFilterActor: (actorId: string) => void;
  onFilterEntity: (entityType: string, entityId: string) => void;
}

export function AuditLogTable({ entries, onFilterActor, onFilterEntity }: AuditLogTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table data-table-log">
        <caption className="visually-hidden">Audit log entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">IP address</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const actorLabel = entry.actorEmail ?? (entry.actorId ? shortId(entry.actorId) : '—');
            return (
              <tr key={entry.id}>
                <td className="nowrap">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </td>
                <td>
                  {entry.actorId ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => entry.actorId && onFilterActor(entry.actorId)}
                      title={`Show only entries by ${actorLabel}`}
                    >
                      {actorLabel}
                    </button>
                  ) : (
                    <span className="muted">{actorLabel}</span>
                  )}
                </td>
                <td className="mono">{entry.action}</td>
                <td>
                  {entry.entityType && entry.entityId ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        entry.entityType && entry.entityId && onFilterEntity(entry.entityType, entry.entityId)
                      }
                      title={`Show only entries about ${entry.entityType} ${entry.entityId}`}
                    >
                      {entry.entityType} <span className="mono">{shortId(entry.entityId)}</span>
                    </button>
                  ) : (
                    <span className="muted">{entry.entityType ?? '—'}</span>
                  )}
                </td>
                <td className="mono">{entry.ip ?? '—'}</td>
                <td>
                  <AuditEntryDetails entry={entry} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
