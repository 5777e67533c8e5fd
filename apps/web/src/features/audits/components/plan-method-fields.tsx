import type { PlanMethodType } from '@recode/contracts';
import { CheckboxField, SelectField, TextField } from '../../../components';
import type { FieldErrors } from '../../../lib/form-errors';
import { METHOD_LABELS, SIZE_LABELS, type PlanFormValues } from '../plan-form-values';

interface PlanMethodFieldsProps {
  values: PlanFormValues;
  errors: FieldErrors;
  set: <K extends keyof PlanFormValues>(field: K) => (value: PlanFormValues[K]) => void;
}

const SIZE_ERROR_PATHS = ['method.sampleSize', 'method.perCoder', 'method.percent'];

export function PlanMethodFields({ values, errors, set }: PlanMethodFieldsProps) {
  const sizeError = SIZE_ERROR_PATHS.map((path) => errors[path]).find(Boolean);
  return (
    <>
      <fieldset className="fieldset form">
        <legend>Method and size</legend>
        <SelectField
          label="Method"
          value={values.method}
          onValueChange={(method) => set('method')(method as PlanMethodType)}
          options={Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <div className="filters">
          <TextField label={SIZE_LABELS[values.method]} inputMode="decimal" value={values.size} onValueChange={set('size')} error={sizeError} />
          {values.method === 'percentage' ? (
            <SelectField
              label="Percent of"
              value={values.percentPer}
              onValueChange={(per) => set('percentPer')(per === 'coder' ? 'coder' : 'overall')}
              options={[{ value: 'overall', label: 'All volume' }, { value: 'coder', label: 'Each coder’s volume' }]}
            />
          ) : null}
          <TextField label="Spares" inputMode="numeric" value={values.spares} onValueChange={set('spares')} error={errors.spares} hint="Drawn in order; used when a record cannot be reviewed." />
          <TextField label="Seed (optional)" value={values.seed} onValueChange={set('seed')} error={errors.seed} hint="Blank: one is generated and stored." maxLength={64} />
        </div>
      </fieldset>
      <fieldset className="fieldset form">
        <legend>Targeting rules (optional)</legend>
        <SelectField
          label="Combine rules"
          value={values.rulesCombine}
          onValueChange={(combine) => set('rulesCombine')(combine === 'all' ? 'all' : 'any')}
          options={[{ value: 'any', label: 'Any rule matches' }, { value: 'all', label: 'All rules match' }]}
        />
        <div className="filters">
          <TextField label="DRG weight above" inputMode="decimal" value={values.drgWeightAbove} onValueChange={set('drgWeightAbove')} error={errors['rules.rules.0.weight']} />
          <TextField label="DRGs" placeholder="291, 292" value={values.drgIn} onValueChange={set('drgIn')} />
          <TextField label="Codes (prefix)" placeholder="E11, I50" value={values.codeIn} onValueChange={set('codeIn')} />
        </div>
        <CheckboxField label="Encounters flagged at import" checked={values.flaggedAtImport} onCheckedChange={set('flaggedAtImport')} />
        <CheckboxField label="New coders (started within 90 days)" checked={values.newCoders} onCheckedChange={set('newCoders')} />
        <CheckboxField label="Coders below the 95% target (last 3 months)" checked={values.codersBelowTarget} onCheckedChange={set('codersBelowTarget')} />
        {errors.rules ? <p className="field-error">{errors.rules}</p> : null}
      </fieldset>
    </>
  );
}
