import {
  ENCOUNTER_SETTINGS,
  type EncounterCoderOptionDto,
  type EncounterListQuery,
  SETTING_LABELS,
} from '@recode/contracts';
import { useCallback } from 'react';
import { SelectField, TextField } from '../../../components';
import { useSearchBox } from '../../../hooks/use-search-box';
import type { ParamPatch } from '../../../lib/search-params';
import { coderOptions, teamOptions } from '../filter-options';

interface EncounterFiltersProps {
  query: EncounterListQuery;
  /** Undefined while loading: the selects then offer "All" only. */
  coders: readonly EncounterCoderOptionDto[] | undefined;
  onChange: (patch: ParamPatch) => void;
  onClear: () => void;
}

const SETTING_OPTIONS = [
  { value: '', label: 'All settings' },
  ...ENCOUNTER_SETTINGS.map((setting) => ({ value: setting, label: SETTING_LABELS[setting] })),
];
const FLAG_OPTIONS = [
  { value: '', label: 'All encounters' },
  { value: 'true', label: 'Flagged only' },
  { value: 'false', label: 'Not flagged' },
];

export function EncounterFilters({ query, coders = [], onChange, onClear }: EncounterFiltersProps) {
  const commitSearch = useCallback((q: string) => onChange({ q }), [onChange]);
  const [search, setSearch] = useSearchBox(query.q, commitSearch);
  const toError = query.from && query.to && query.from > query.to ? 'Must be on or after “From”' : undefined;

  return (
    <div className="filters filters-wrap" role="search" aria-label="Filter encounters">
      <TextField
        label="Encounter ID"
        type="search"
        placeholder="Starts with…"
        value={search}
        onValueChange={setSearch}
        maxLength={64}
      />
      <SelectField
        label="Team"
        value={query.teamId ?? ''}
        // A coder of another team would make the list empty for no visible reason.
        onValueChange={(teamId) => onChange({ teamId, coderId: null })}
        options={[{ value: '', label: 'All teams' }, ...teamOptions(coders)]}
      />
      <SelectField
        label="Coder"
        value={query.coderId ?? ''}
        onValueChange={(coderId) => onChange({ coderId })}
        options={[{ value: '', label: 'All coders' }, ...coderOptions(coders, query.teamId)]}
      />
      <SelectField
        label="Setting"
        value={query.setting ?? ''}
        onValueChange={(setting) => onChange({ setting })}
        options={SETTING_OPTIONS}
      />
      <TextField label="From" type="date" value={query.from ?? ''} onValueChange={(from) => onChange({ from })} />
      <TextField
        label="To"
        type="date"
        value={query.to ?? ''}
        onValueChange={(to) => onChange({ to })}
        error={toError}
      />
      <SelectField
        label="Pre-audit flag"
        value={query.flagged === undefined ? '' : String(query.flagged)}
        onValueChange={(flagged) => onChange({ flagged })}
        options={FLAG_OPTIONS}
      />
      <div className="filters-actions">
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            setSearch('');
            onClear();
          }}
        >
          Clear filters
        </button>
      </div>
    </div>
  );
}
