import { updateTeamRequestSchema, type TeamDto, type UpdateTeamRequest } from '@recode/contracts';
import { useId, useState, type FormEvent } from 'react';
import { StatusBadge } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { fieldErrorsFromIssues } from '../../../lib/form-errors';
import { formatCount, formatDate } from '../../../lib/format';
import { useUpdateTeam } from '../api/use-update-team';
import { TeamSettingsCell } from './team-settings-cell';

interface TeamRowProps {
  team: TeamDto;
  onSaved: (message: string) => void;
}

export function TeamRow({ team, onSaved }: TeamRowProps) {
  const updateTeam = useUpdateTeam();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(team.name);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const save = (changes: UpdateTeamRequest, message: string) => {
    const parsed = updateTeamRequestSchema.safeParse(changes);
    if (!parsed.success) {
      setError(fieldErrorsFromIssues(parsed.error.issues).name ?? 'Check the team name');
      return;
    }
    setError(null);
    updateTeam.mutate(
      { id: team.id, changes: parsed.data },
      {
        onSuccess: () => {
          setRenaming(false);
          onSaved(message);
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  const submitRename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === team.name) return setRenaming(false);
    save({ name }, `Renamed “${team.name}” to “${name.trim()}”.`);
  };

  const cancelRename = () => {
    setRenaming(false);
    setName(team.name);
    setError(null);
  };

  return (
    <tr className={team.active ? undefined : 'row-muted'}>
      <td>
        {renaming ? (
          <form className="inline-edit" onSubmit={submitRename} aria-label={`Rename ${team.name}`}>
            <label htmlFor={inputId} className="visually-hidden">
              Team name
            </label>
            <input
              id={inputId}
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={120}
              autoFocus
            />
            <button type="submit" className="btn btn-small btn-primary" disabled={updateTeam.isPending}>
              Save
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={cancelRename}>
              Cancel
            </button>
          </form>
        ) : (
          <span className="cell-strong">{team.name}</span>
        )}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
      <td>
        <TeamSettingsCell
          team={team}
          saving={updateTeam.isPending}
          onSave={(settings) => save({ settings }, `Saved the settings of “${team.name}”.`)}
        />
      </td>
      <td className="num">{formatCount(team.memberCount)}</td>
      <td className="num">{formatCount(team.coderCount)}</td>
      <td>
        {team.active ? (
          <StatusBadge tone="positive">Active</StatusBadge>
        ) : (
          <StatusBadge tone="neutral">Inactive</StatusBadge>
        )}
      </td>
      <td>{formatDate(team.createdAt)}</td>
      <td className="cell-actions">
        {!renaming ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setRenaming(true)}
            aria-label={`Rename ${team.name}`}
          >
            Rename
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-small"
          disabled={updateTeam.isPending}
          onClick={() =>
            save({ active: !team.active }, team.active ? `Deactivated “${team.name}”.` : `Reactivated “${team.name}”.`)
          }
          aria-label={`${team.active ? 'Deactivate' : 'Reactivate'} ${team.name}`}
        >
          {team.active ? 'Deactivate' : 'Reactivate'}
        </button>
      </td>
    </tr>
  );
}
