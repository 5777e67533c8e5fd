import type { TeamDto } from '@recode/contracts';
import { useCallback } from 'react';
import { SelectField, TextField } from '../../../components';
import { useSearchBox } from '../../../hooks/use-search-box';
import type { ParamPatch } from '../../../lib/search-params';
import type { CoderListQuery } from '../api/use-coders';

interface CoderFiltersProps {
  query: CoderListQuery;
  teams: readonly TeamDto[] | undefined;
  onChange: (patch: ParamPatch) => void;
}

export function CoderFilters({ query, teams, onChange }: CoderFiltersProps) {
  const commitSearch = useCallback((q: string) => onChange({ q }), [onChange]);
  const [search, setSearch] = useSearchBox(query.q, commitSearch);

  return (
    <div className="filters" role="search" aria-label="Filter coders">
      <TextField label="Search" type="search" placeholder="Coder ID or name" value={search} onValueChange={setSearch} />
      {teams ? (
        <SelectField
          label="Team"
          value={query.teamId ?? ''}
          onValueChange={(teamId) => onChange({ teamId })}
          options={[{ value: '', label: 'All teams' }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
        />
      ) : null}
    </div>
  );
}
