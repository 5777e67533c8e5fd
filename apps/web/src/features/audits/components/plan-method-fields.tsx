import type { PlanMethodType, RatStatsFrameOrder } from '@recode/contracts';
import { SelectField, TextField } from '../../../components';
import { FRAME_ORDER_LABELS, METHOD_LABELS, SIZE_LABELS } from '../plan-form-values';
import type { PlanFieldsProps } from './plan-scope-fields';

export function PlanMethodFields({ values, errors, set }: PlanFieldsProps) {
  return (
    <fieldset className="fieldset form">
      <legend>Method and size</legend>
      <SelectField
        label="Method"
        value={values.method}
        onValueChange={(method) => set('method')(method as PlanMethodType)}
        options={Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }))}
      />
      {values.method === 'ratstats' ? (
        <p className="muted">
          The records in scope are numbered 1, 2, 3, … in the order chosen below, and the sample is the records at the
          numbers RAT-STATS (the OIG’s sampling program) draws for the seed. Anyone who types the same seed, sample
          size, spares and frame (low 1, high = the number of records) into RAT-STATS gets the same numbers, and the
          numbered frame, downloadable from the audit with the selection and a report in RAT-STATS’s layout, says which
          record each number is. Targeting rules are not used with this method.
        </p>
      ) : null}
      <div className="filters">
        {values.method === 'ratstats' ? (
          <SelectField
            label="Number the records"
            value={values.frameOrder}
            onValueChange={(order) => set('frameOrder')(order as RatStatsFrameOrder)}
            options={Object.entries(FRAME_ORDER_LABELS).map(([value, label]) => ({ value, label }))}
            hint="Every order ends with the record's id, so the same records are always numbered the same way."
          />
        ) : null}
        <TextField
          label={SIZE_LABELS[values.method]}
          inputMode="decimal"
          value={values.size}
          onValueChange={set('size')}
          error={errors['method.size']}
        />
        {values.method === 'percentage' ? (
          <SelectField
            label="Percent of"
            value={values.percentPer}
            onValueChange={(per) => set('percentPer')(per === 'coder' ? 'coder' : 'overall')}
            options={[
              { value: 'overall', label: 'All volume' },
              { value: 'coder', label: 'Each coder’s volume' },
            ]}
            error={errors['method.per']}
          />
        ) : null}
        <TextField
          label="Spares"
          inputMode="numeric"
          value={values.spares}
          onValueChange={set('spares')}
          error={errors.spares}
          hint="Drawn in order; used when a record cannot be reviewed."
        />
        <TextField
          label="Seed (optional)"
          value={values.seed}
          onValueChange={set('seed')}
          error={errors.seed}
          hint={
            values.method === 'ratstats'
              ? 'A RAT-STATS seed: a number such as 4967669.23 (above 0, at most 1,000,000,000,000). Blank: one is generated at each run and stored.'
              : 'Blank: one is generated at each run and stored with the audit.'
          }
          maxLength={64}
        />
      </div>
    </fieldset>
  );
}
