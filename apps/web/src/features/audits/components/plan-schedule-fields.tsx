import { SelectField } from '../../../components';
import { WEEKDAY_LABELS, type ScheduleFrequency } from '../plan-form-values';
import type { PlanFieldsProps } from './plan-scope-fields';

const FREQUENCIES = [
  { value: 'none', label: 'Not scheduled (run by hand)' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
];
const WEEKDAYS = WEEKDAY_LABELS.map((label, day) => ({ value: String(day), label }));
// The API stops at 28 so that every month has the day.
const MONTH_DAYS = Array.from({ length: 28 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
const HOURS = Array.from({ length: 24 }, (_, hour) => ({
  value: String(hour),
  label: `${String(hour).padStart(2, '0')}:00 UTC`,
}));

export function PlanScheduleFields({ values, errors, set }: PlanFieldsProps) {
  const frequency = values.schedule;
  return (
    <fieldset className="fieldset form">
      <legend>Schedule</legend>
      <div className="filters">
        <SelectField
          label="Runs"
          value={frequency}
          onValueChange={(value) => set('schedule')(value as ScheduleFrequency)}
          options={FREQUENCIES}
          error={errors.schedule}
          hint={
            frequency === 'none'
              ? 'Draw the sample from the plan page when you are ready.'
              : 'Each run draws a new audit over the relative period.'
          }
        />
        {frequency === 'weekly' ? (
          <SelectField
            label="Day of the week"
            value={values.dayOfWeek}
            onValueChange={set('dayOfWeek')}
            options={WEEKDAYS}
          />
        ) : null}
        {frequency === 'monthly' ? (
          <SelectField
            label="Day of the month"
            value={values.dayOfMonth}
            onValueChange={set('dayOfMonth')}
            options={MONTH_DAYS}
          />
        ) : null}
        {frequency !== 'none' ? (
          <SelectField label="At" value={values.scheduleHour} onValueChange={set('scheduleHour')} options={HOURS} />
        ) : null}
      </div>
    </fieldset>
  );
}
