import { ENCOUNTER_SETTINGS, SETTING_LABELS } from '@recode/contracts';
import { useState } from 'react';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../../components';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import type { FieldErrors } from '../../../lib/form-errors';
import { useCoders } from '../../coders';
import { useTeams } from '../../teams';
import { RELATIVE_PERIOD_LABELS, type PlanFormValues, type RelativePeriod } from '../plan-form-values';

/** One choice for both the kind of period and which relative one: "dates" or a relative period. */
const PERIOD_OPTIONS = [
  { value: 'dates', label: 'Between fixed dates' },
  ...Object.entries(RELATIVE_PERIOD_LABELS).map(([value, label]) => ({
    value,
    label: `${label} (resolved at each run)`,
  })),
];

export interface PlanFieldsProps {
  values: PlanFormValues;
  errors: FieldErrors;
  set: <K extends keyof PlanFormValues>(field: K) => (value: PlanFormValues[K]) => void;
}

export function PlanScopeFields({ values, errors, set }: PlanFieldsProps) {
  const teams = useTeams();
  const [coderSearch, setCoderSearch] = useState('');
  const q = useDebouncedValue(coderSearch.trim());
  // With one team chosen, the server narrows the list to it; with several, it is filtered here.
  const coders = useCoders({
    page: 1,
    pageSize: 100,
    q: q || undefined,
    teamId: values.teamIds.length === 1 ? values.teamIds[0] : undefined,
  });
  const coderOptions = (coders.data?.items ?? [])
    .filter((coder) => coder.active || values.coderIds.includes(coder.id))
    .filter(
      (coder) =>
        values.teamIds.length === 0 ||
        (coder.teamId !== null && values.teamIds.includes(coder.teamId)) ||
        values.coderIds.includes(coder.id),
    )
    .map((coder) => ({ value: coder.id, label: `${coder.externalId} · ${coder.displayName}` }));

  const choosePeriod = (choice: string) => {
    if (choice === 'dates') return set('periodMode')('dates');
    set('periodMode')('relative');
    set('relativePeriod')(choice as RelativePeriod);
  };

  return (
    <fieldset className="fieldset form">
      <legend>Scope</legend>
      <SelectField
        label="Period"
        value={values.periodMode === 'dates' ? 'dates' : values.relativePeriod}
        onValueChange={choosePeriod}
        options={PERIOD_OPTIONS}
        error={errors['scope.relativePeriod']}
        hint={
          values.periodMode === 'dates'
            ? 'Leave the dates blank for all dates.'
            : 'A scheduled plan needs a relative period.'
        }
      />
      {values.periodMode === 'dates' ? (
        <div className="filters">
          <TextField
            label="Encounters from"
            type="date"
            value={values.dateFrom}
            onValueChange={set('dateFrom')}
            error={errors['scope.dateFrom']}
          />
          <TextField
            label="Encounters to"
            type="date"
            value={values.dateTo}
            onValueChange={set('dateTo')}
            error={errors['scope.dateTo']}
          />
        </div>
      ) : null}
      <div className="filters">
        <TextField
          label="Facilities"
          placeholder="MAIN, NORTH"
          value={values.facilities}
          onValueChange={set('facilities')}
          error={errors['scope.facilities']}
          hint="Facility codes; blank: every facility."
        />
        <TextField
          label="Payers"
          placeholder="Medicare, BCBS"
          value={values.payers}
          onValueChange={set('payers')}
          error={errors['scope.payers']}
          hint="As imported; blank: every payer."
        />
      </div>
      <CheckboxGroup
        legend="Settings"
        hint="None chosen: every setting (each team still draws only the settings it codes, see Teams)."
        options={ENCOUNTER_SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] }))}
        selected={values.settings}
        onChange={set('settings')}
        error={errors['scope.settings']}
      />
      <CheckboxGroup
        legend="Teams"
        hint={
          teams.isPending
            ? 'Loading teams…'
            : teams.isError
              ? 'Teams could not be loaded.'
              : 'None chosen: all of your teams.'
        }
        options={(teams.data ?? [])
          .filter((team) => team.active || values.teamIds.includes(team.id))
          .map((team) => ({ value: team.id, label: team.name }))}
        selected={values.teamIds}
        onChange={set('teamIds')}
        error={errors['scope.teamIds']}
      />
      <div className="field-group">
        <TextField
          label="Find coders"
          type="search"
          placeholder="Coder ID or name"
          value={coderSearch}
          onValueChange={setCoderSearch}
        />
        <CheckboxGroup
          legend={`Coders (${values.coderIds.length} chosen)`}
          hint={
            coders.isError
              ? 'Coders could not be loaded.'
              : values.teamIds.length
                ? 'Only coders of the chosen teams are listed. None chosen: every coder of those teams.'
                : 'None chosen: every coder of the teams in scope.'
          }
          empty={coders.isPending ? 'Loading coders…' : 'No coders match.'}
          options={coderOptions}
          selected={values.coderIds}
          onChange={set('coderIds')}
          error={errors['scope.coderIds']}
        />
      </div>
      <CheckboxField
        label="Only encounters flagged at import"
        checked={values.flaggedOnly}
        onCheckedChange={set('flaggedOnly')}
      />
    </fieldset>
  );
}
