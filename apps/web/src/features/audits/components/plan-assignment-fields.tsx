import { CheckboxGroup, TextField } from '../../../components';
import { usePlanAuditors } from '../api/use-plan-auditors';
import type { PlanFieldsProps } from './plan-scope-fields';

/** Who reviews, by when, and which recent audits keep an encounter out of the frame. */
export function PlanAssignmentFields({ values, errors, set }: PlanFieldsProps) {
  const auditors = usePlanAuditors();
  return (
    <fieldset className="fieldset form">
      <legend>Assignment</legend>
      <div className="filters">
        <TextField
          label="Exclusion window (days)"
          inputMode="numeric"
          placeholder="Setting"
          value={values.exclusionWindowDays}
          onValueChange={set('exclusionWindowDays')}
          error={errors.exclusionWindowDays}
          hint="Encounters audited this recently are left out. Blank: the administrator’s setting."
        />
        <TextField
          label="Due after (days)"
          inputMode="numeric"
          placeholder="Setting"
          value={values.dueInDays}
          onValueChange={set('dueInDays')}
          error={errors.dueInDays}
          hint="Items are due this many days after sampling. Blank: the setting."
        />
      </div>
      <CheckboxGroup
        legend="Auditors"
        hint={
          auditors.isError
            ? 'Auditors could not be loaded.'
            : 'None chosen: every active auditor. Nobody reviews their own records.'
        }
        empty={auditors.isPending ? 'Loading auditors…' : 'No active auditors.'}
        options={(auditors.data ?? []).map((auditor) => ({ value: auditor.id, label: auditor.displayName }))}
        selected={values.auditorIds}
        onChange={set('auditorIds')}
        error={errors.auditorIds}
      />
    </fieldset>
  );
}
