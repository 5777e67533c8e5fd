import type { CoderDto } from '@recode/contracts';
import { StatusBadge } from '../../../components';
import { formatDate } from '../../../lib/format';

interface CodersTableProps {
  coders: readonly CoderDto[];
  teamName: (id: string | null) => string;
  selectedId?: string;
  onEdit?: (coder: CoderDto) => void;
}

export function CodersTable({ coders, teamName, selectedId, onEdit }: CodersTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Coders</caption>
        <thead>
          <tr>
            <th scope="col">Coder ID</th>
            <th scope="col">Name</th>
            <th scope="col">Team</th>
            <th scope="col">Started</th>
            <th scope="col">Sign-in</th>
            <th scope="col">Status</th>
            {onEdit ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {coders.map((coder) => (
            <tr
              key={coder.id}
              className={
                [coder.id === selectedId ? 'row-selected' : '', coder.active ? '' : 'row-muted'].join(' ').trim() ||
                undefined
              }
            >
              <td className="mono">{coder.externalId}</td>
              <td className="cell-strong">{coder.displayName}</td>
              <td>{teamName(coder.teamId)}</td>
              <td>{formatDate(coder.startedOn)}</td>
              <td>{coder.userId ? 'Linked' : <span className="muted">None</span>}</td>
              <td>
                {coder.active ? (
                  <StatusBadge tone="positive">Active</StatusBadge>
                ) : (
                  <StatusBadge tone="neutral">Inactive</StatusBadge>
                )}
              </td>
              {onEdit ? (
                <td className="cell-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => onEdit(coder)}
                    aria-label={`Edit ${coder.displayName}`}
                  >
                    Edit
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
