import type { TeamDto } from '@recode/contracts';
import { CheckboxGroup } from '../../../components';

interface TeamCheckboxesProps {
  teams: readonly TeamDto[] | undefined;
  loading: boolean;
  selected: readonly string[];
  onChange: (teamIds: string[]) => void;
  error?: string;
}

export function TeamCheckboxes({ teams, loading, selected, onChange, error }: TeamCheckboxesProps) {
  // Inactive teams are offered only to keep an existing membership visible (and removable).
  const options = (teams ?? [])
    .filter((team) => team.active || selected.includes(team.id))
    .map((team) => ({ value: team.id, label: team.active ? team.name : `${team.name} (inactive)` }));
  return (
    <CheckboxGroup
      legend="Teams"
      options={options}
      selected={selected}
      onChange={onChange}
      hint={loading ? 'Loading teams…' : undefined}
      empty={loading ? undefined : 'No teams yet. Add them on the Teams page.'}
      error={error}
    />
  );
}
