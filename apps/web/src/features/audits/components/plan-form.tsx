import {
  createPlanRequestSchema,
  previewPlanRequestSchema,
  updatePlanRequestSchema,
  type AuditPlanDto,
} from '@recode/contracts';
import type { FormEvent } from 'react';
import { ErrorState, FormAlert, LoadingState, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import type { SchemaIssue } from '../../../lib/form-errors';
import { useCreatePlan } from '../api/use-create-plan';
import { usePreviewPlan } from '../api/use-preview-plan';
import { useUpdatePlan } from '../api/use-update-plan';
import { EMPTY_PLAN_FORM, toPlanRequest, toUpdatePlanRequest, type PlanFormValues } from '../plan-form-values';
import { planIssueErrors, planSubmitErrors } from '../plan-form-values-errors';
import { planToFormValues } from '../plan-form-values-from-plan';
import { PlanAssignmentFields } from './plan-assignment-fields';
import { PlanMethodFields } from './plan-method-fields';
import { PlanPreviewTable } from './plan-preview-table';
import { PlanRulesFields } from './plan-rules-fields';
import { PlanScheduleFields } from './plan-schedule-fields';
import { PlanScopeFields } from './plan-scope-fields';

interface PlanFormProps {
  /** Given: the form edits this saved plan (PUT with its version); absent: it creates one. */
  plan?: AuditPlanDto;
  onSaved: (plan: AuditPlanDto) => void;
  onCancel?: () => void;
}

export function PlanForm({ plan, onSaved, onCancel }: PlanFormProps) {
  const createPlan = useCreatePlan();
  const updatePlan = useUpdatePlan(plan?.id ?? '');
  const save = plan ? updatePlan : createPlan;
  const previewPlan = usePreviewPlan();
  const form = useFormState<PlanFormValues>(() => (plan ? planToFormValues(plan) : EMPTY_PLAN_FORM));
  const { values, errors, formError } = form;

  const set =
    <K extends keyof PlanFormValues>(field: K) =>
    (value: PlanFormValues[K]) => {
      form.set(field)(value);
      // A preview of other values would mislead: drop it as soon as the plan changes.
      previewPlan.reset();
    };

  const refuse = (issues: readonly SchemaIssue[]) => form.showErrors(planIssueErrors(issues, values));
  const fail = (error: unknown) => form.showErrors(planSubmitErrors(error, values));
  const clear = form.clearErrors;

  const preview = () => {
    const { name: _name, ...request } = toPlanRequest(values);
    const parsed = previewPlanRequestSchema.safeParse(request);
    if (!parsed.success) return refuse(parsed.error.issues);
    clear();
    previewPlan.mutate(parsed.data, { onError: fail });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (plan) {
      const parsed = updatePlanRequestSchema.safeParse(toUpdatePlanRequest(values, plan.version));
      if (!parsed.success) return refuse(parsed.error.issues);
      clear();
      updatePlan.mutate(parsed.data, { onSuccess: onSaved, onError: fail });
    } else {
      const parsed = createPlanRequestSchema.safeParse(toPlanRequest(values));
      if (!parsed.success) return refuse(parsed.error.issues);
      clear();
      createPlan.mutate(parsed.data, { onSuccess: onSaved, onError: fail });
    }
  };

  return (
    <div className="plan-layout">
      <form
        className="form"
        onSubmit={submit}
        noValidate
        aria-label={plan ? `Edit plan ${plan.name}` : 'New audit plan'}
      >
        <FormAlert message={formError} />
        <TextField
          label="Plan name"
          value={values.name}
          onValueChange={set('name')}
          error={errors.name}
          maxLength={120}
        />
        <TextField
          label="Description (optional)"
          value={values.description}
          onValueChange={set('description')}
          error={errors.description}
          maxLength={2000}
        />
        <PlanScopeFields values={values} errors={errors} set={set} />
        <PlanMethodFields values={values} errors={errors} set={set} />
        <PlanRulesFields values={values} errors={errors} set={set} />
        <PlanAssignmentFields values={values} errors={errors} set={set} />
        <PlanScheduleFields values={values} errors={errors} set={set} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={preview} disabled={previewPlan.isPending}>
            {previewPlan.isPending ? 'Previewing…' : 'Preview'}
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : plan ? 'Save changes' : 'Save plan'}
          </button>
          {onCancel ? (
            <button type="button" className="btn btn-ghost" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
      <div>
        {previewPlan.isPending ? <LoadingState label="Counting the frame…" /> : null}
        {previewPlan.isError && !formError ? (
          <ErrorState title="Could not preview this plan" error={previewPlan.error} />
        ) : null}
        {previewPlan.data ? <PlanPreviewTable preview={previewPlan.data} /> : null}
        {previewPlan.isIdle ? (
          <p className="muted">
            Preview shows the frame size and the expected sample per coder before anything is drawn.
          </p>
        ) : null}
      </div>
    </div>
  );
}
