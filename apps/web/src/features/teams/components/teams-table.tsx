import type { TeamDto } from '@recode/contracts';
import { TeamRow } from './team-row';

interface TeamsTableProps {
  teams: readonly TeamDto[];
  onSaved: (message: string) => void;
}

export function TeamsTable({ teams, onSaved }: TeamsTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Teams</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Settings</th>
            <th scope="col" className="num">
              Members
            </th>
            <th scope="col" className="num">
              Coders
            </th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <TeamRow key={team.id} team={team} onSaved={onSaved} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
