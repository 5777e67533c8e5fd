import { createPlanRequestSchema, previewPlanRequestSchema, type AuditPlanDto } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorState, FormAlert, LoadingState, TextField } from '../../../components';
import { fieldErrorsFromIssues, submitErrorsFrom, type FieldErrors } from '../../../lib/form-errors';
import { useCreatePlan } from '../api/use-create-plan';
import { usePreviewPlan } from '../api/use-preview-plan';
import { EMPTY_PLAN_FORM, toPlanRequest, type PlanFormValues } from '../plan-form-values';
import { PlanMethodFields } from './plan-method-fields';
import { PlanPreviewTable } from './plan-preview-table';
import { PlanScopeFields } from './plan-scope-fields';

const FIELDS = ['name', 'seed', 'spares', 'scope.dateFrom', 'scope.dateTo', 'method.sampleSize', 'method.perCoder', 'method.percent', 'rules'];

export function PlanForm({ onCreated }: { onCreated: (plan: AuditPlanDto) => void }) {
  const createPlan = useCreatePlan();
  const previewPlan = usePreviewPlan();
  const [values, setValues] = useState<PlanFormValues>(EMPTY_PLAN_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = <K extends keyof PlanFormValues>(field: K) => (value: PlanFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A preview of other values would mislead: drop it as soon as the plan changes.
    previewPlan.reset();
  };

  const fail = (error: unknown) => {
    const result = submitErrorsFrom(error, FIELDS);
    setErrors(result.fields);
    setFormError(result.form);
  };

  const preview = () => {
    setFormError(null);
    const { name: _name, ...request } = toPlanRequest(values);
    const parsed = previewPlanRequestSchema.safeParse(request);
    if (!parsed.success) return setErrors(fieldErrorsFromIssues(parsed.error.issues));
    setErrors({});
    previewPlan.mutate(parsed.data, { onError: fail });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = createPlanRequestSchema.safeParse(toPlanRequest(values));
    if (!parsed.success) return setErrors(fieldErrorsFromIssues(parsed.error.issues));
    setErrors({});
    createPlan.mutate(parsed.data, { onSuccess: onCreated, onError: fail });
  };

  return (
    <div className="plan-layout">
      <form className="form" onSubmit={submit} noValidate aria-label="New audit plan">
        <FormAlert message={formError} />
        <TextField label="Plan name" value={values.name} onValueChange={set('name')} error={errors.name} maxLength={120} />
        <PlanScopeFields values={values} errors={errors} set={set} />
        <PlanMethodFields values={values} errors={errors} set={set} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={preview} disabled={previewPlan.isPending}>
            {previewPlan.isPending ? 'Previewing…' : 'Preview'}
          </button>
          <button type="submit" className="btn btn-primary" disabled={createPlan.isPending}>
            {createPlan.isPending ? 'Saving…' : 'Save plan'}
          </button>
        </div>
      </form>
      <div>
        {previewPlan.isPending ? <LoadingState label="Counting the frame…" /> : null}
        {previewPlan.isError && !formError ? <ErrorState title="Could not preview this plan" error={previewPlan.error} /> : null}
        {previewPlan.data ? <PlanPreviewTable preview={previewPlan.data} /> : null}
        {previewPlan.isIdle ? <p className="muted">Preview shows the frame size and the expected sample per coder before anything is drawn.</p> : null}
      </div>
    </div>
  );
}
