import { CheckboxField, SelectField, TextField } from '../../../components';
import type { PlanFieldsProps } from './plan-scope-fields';

/** Risk-based targeting: each rule filled in narrows (all) or widens (any) the frame. */
export function PlanRulesFields({ values, errors, set }: PlanFieldsProps) {
  return (
    <fieldset className="fieldset form">
      <legend>Targeting rules (optional)</legend>
      <SelectField
        label="Combine rules"
        value={values.rulesCombine}
        onValueChange={(combine) => set('rulesCombine')(combine === 'all' ? 'all' : 'any')}
        options={[
          { value: 'any', label: 'Any rule matches' },
          { value: 'all', label: 'All rules match' },
        ]}
      />
      <div className="filters">
        <TextField
          label="DRG weight above"
          inputMode="decimal"
          value={values.drgWeightAbove}
          onValueChange={set('drgWeightAbove')}
          error={errors['rules.drgWeightAbove']}
        />
        <TextField
          label="DRGs"
          placeholder="291, 292"
          value={values.drgIn}
          onValueChange={set('drgIn')}
          error={errors['rules.drgIn']}
        />
      </div>
      <div className="filters">
        <TextField
          label="Codes"
          placeholder="E11, I50"
          value={values.codeIn}
          onValueChange={set('codeIn')}
          error={errors['rules.codeIn']}
        />
        <SelectField
          label="Codes match"
          value={values.codeMatch}
          onValueChange={(match) => set('codeMatch')(match === 'exact' ? 'exact' : 'prefix')}
          options={[
            { value: 'prefix', label: 'Starting with (E11 → E11.9…)' },
            { value: 'exact', label: 'Exactly' },
          ]}
        />
      </div>
      <CheckboxField
        label="Encounters flagged at import"
        checked={values.flaggedAtImport}
        onCheckedChange={set('flaggedAtImport')}
      />
      <CheckboxField
        label="Billed DRG differs from grouper"
        checked={values.drgDiffersFromGrouper}
        onCheckedChange={set('drgDiffersFromGrouper')}
      />
      <div className="plan-rule-row">
        <CheckboxField label="New coders" checked={values.newCoders} onCheckedChange={set('newCoders')} />
        {values.newCoders ? (
          <TextField
            label="Started within (days)"
            inputMode="numeric"
            value={values.newCodersDays}
            onValueChange={set('newCodersDays')}
            error={errors['rules.newCodersDays']}
          />
        ) : null}
      </div>
      <div className="plan-rule-row">
        <CheckboxField
          label="Coders below target"
          checked={values.codersBelowTarget}
          onCheckedChange={set('codersBelowTarget')}
        />
        {values.codersBelowTarget ? (
          <>
            <TextField
              label="Target accuracy (%)"
              inputMode="decimal"
              value={values.belowTargetPercent}
              onValueChange={set('belowTargetPercent')}
              error={errors['rules.belowTargetPercent']}
            />
            <TextField
              label="Over the last (months)"
              inputMode="numeric"
              value={values.lookbackMonths}
              onValueChange={set('lookbackMonths')}
              error={errors['rules.lookbackMonths']}
            />
          </>
        ) : null}
      </div>
      {errors.rules ? <p className="field-error">{errors.rules}</p> : null}
    </fieldset>
  );
}
