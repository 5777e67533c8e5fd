import type { UserDto } from '@recode/contracts';
import { StatusBadge } from '../../../components';
import { formatDateTime, formatRole } from '../../../lib/format';
import { userStatus } from '../user-status';

interface UsersTableProps {
  users: readonly UserDto[];
  teamName: (id: string) => string;
  selectedId?: string;
  onEdit: (user: UserDto) => void;
}

export function UsersTable({ users, teamName, selectedId, onEdit }: UsersTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Teams</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const status = userStatus(user);
            const rowClass = [user.id === selectedId ? 'row-selected' : '', user.active ? '' : 'row-muted']
              .join(' ')
              .trim();
            return (
              <tr key={user.id} className={rowClass || undefined}>
                <td>
                  <span className="cell-strong">{user.displayName}</span>
                  <span className="cell-sub">{user.email}</span>
                </td>
                <td>{formatRole(user.role)}</td>
                <td className="cell-wrap">
                  {user.teamIds.length ? user.teamIds.map(teamName).join(', ') : <span className="muted">None</span>}
                </td>
                <td>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </td>
                <td>{formatDateTime(user.lastLoginAt)}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => onEdit(user)}
                    aria-label={`Edit ${user.displayName}`}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
