import type { TeamDto } from '@recode/contracts';
import { useId } from 'react';

interface TeamCheckboxesProps {
  teams: readonly TeamDto[] | undefined;
  loading: boolean;
  selected: readonly string[];
  onChange: (teamIds: string[]) => void;
  error?: string;
}

export function TeamCheckboxes({ teams, loading, selected, onChange, error }: TeamCheckboxesProps) {
  const baseId = useId();
  const errorId = `${baseId}-error`;
  // Inactive teams are offered only to keep an existing membership visible (and removable).
  const choices = (teams ?? []).filter((team) => team.active || selected.includes(team.id));

  const toggle = (teamId: string, checked: boolean) =>
    onChange(checked ? [...selected, teamId] : selected.filter((id) => id !== teamId));

  return (
    <fieldset className={error ? 'field fieldset field-invalid' : 'field fieldset'} aria-describedby={error ? errorId : undefined}>
      <legend>Teams</legend>
      {loading ? <p className="field-hint">Loading teams…</p> : null}
      {!loading && choices.length === 0 ? <p className="field-hint">No teams yet. Add them on the Teams page.</p> : null}
      <div className="checkbox-list">
        {choices.map((team) => (
          <label key={team.id} className="checkbox-option">
            <input type="checkbox" checked={selected.includes(team.id)} onChange={(event) => toggle(team.id, event.target.checked)} />
            {team.active ? team.name : `${team.name} (inactive)`}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
