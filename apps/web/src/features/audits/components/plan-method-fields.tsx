import type { PlanMethodType } from '@recode/contracts';
import { SelectField, TextField } from '../../../components';
import { METHOD_LABELS, SIZE_LABELS } from '../plan-form-values';
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
      <div className="filters">
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
          hint="Blank: one is generated at each run and stored with the audit."
          maxLength={64}
        />
      </div>
    </fieldset>
  );
}
