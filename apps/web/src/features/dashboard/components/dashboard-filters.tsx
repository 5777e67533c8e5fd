import { ENCOUNTER_SETTINGS, SETTING_LABELS, type DashboardDto, type DashboardQuery } from '@recode/contracts';
import { useState } from 'react';
import { SelectField, TextField } from '../../../components';
import type { ParamPatch } from '../../../lib/search-params';

interface DashboardFiltersProps {
  query: DashboardQuery;
  shown: DashboardDto['filters'] | undefined;
  teams: DashboardDto['teams'];
  onChange: (patch: ParamPatch) => void;
}

/** Filters live in the URL, so a view can be bookmarked or sent to a colleague. */
export function DashboardFilters({ query, shown, teams, onChange }: DashboardFiltersProps) {
  const [facility, setFacility] = useState(query.facility ?? '');
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter the dashboard"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ facility: facility.trim() });
      }}
    >
      <SelectField
        label="Month of"
        value={query.basis ?? 'encounter'}
        // The months mean something else on the other basis: start again from its default period.
        onValueChange={(basis) => onChange({ basis: basis === 'encounter' ? '' : basis, from: '', to: '' })}
        options={[
          { value: 'encounter', label: 'Encounter' },
          { value: 'review', label: 'Review' },
        ]}
      />
      <TextField
        label="From month"
        type="month"
        value={query.from ?? shown?.from ?? ''}
        onValueChange={(from) => onChange({ from })}
      />
      <TextField
        label="To month"
        type="month"
        value={query.to ?? shown?.to ?? ''}
        onValueChange={(to) => onChange({ to })}
      />
      <SelectField
        label="Team"
        value={query.teamId ?? ''}
        onValueChange={(teamId) => onChange({ teamId })}
        options={[{ value: '', label: 'All my teams' }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <SelectField
        label="Setting"
        value={query.setting ?? ''}
        onValueChange={(setting) => onChange({ setting })}
        options={[
          { value: '', label: 'All settings' },
          ...ENCOUNTER_SETTINGS.map((s) => ({ value: s, label: SETTING_LABELS[s] })),
        ]}
      />
      <TextField
        label="Facility"
        value={facility}
        onValueChange={setFacility}
        onBlur={() => onChange({ facility: facility.trim() })}
        placeholder="Any facility"
      />
      <div className="filters-actions">
        <button type="submit" className="btn">
          Apply
        </button>
      </div>
    </form>
  );
}
