import { AUDIT_ACTIONS } from '@recode/contracts';
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { checkAuditLogFilters, type AuditLogFilterValues } from '../audit-log-filters';

interface AuditLogFilterFormProps {
  initial: AuditLogFilterValues;
  onApply: (values: AuditLogFilterValues) => void;
  onClear: () => void;
}

export function AuditLogFilterForm({ initial, onApply, onClear }: AuditLogFilterFormProps) {
  const form = useFormState(initial);
  const { values, errors, set } = form;
  // An action typed into the URL that this build does not know is still offered, not silently dropped.
  const actions =
    values.action && !AUDIT_ACTIONS.some((action) => action === values.action)
      ? [values.action, ...AUDIT_ACTIONS]
      : AUDIT_ACTIONS;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = checkAuditLogFilters(values);
    if (!result.ok) return form.showErrors({ fields: result.errors, form: null });
    form.clearErrors();
    onApply(result.values);
  };

  return (
    <form className="filters filters-wrap" onSubmit={submit} noValidate role="search" aria-label="Filter the audit log">
      <SelectField
        label="Action"
        value={values.action}
        onValueChange={set('action')}
        options={[{ value: '', label: 'All actions' }, ...actions.map((action) => ({ value: action, label: action }))]}
        error={errors.action}
      />
      <TextField
        label="Actor ID"
        value={values.actorId}
        onValueChange={set('actorId')}
        error={errors.actorId}
        placeholder="User UUID"
      />
      <TextField
        label="Entity type"
        value={values.entityType}
        onValueChange={set('entityType')}
        error={errors.entityType}
        placeholder="e.g. user"
      />
      <TextField label="Entity ID" value={values.entityId} onValueChange={set('entityId')} error={errors.entityId} />
      <TextField label="From" type="date" value={values.from} onValueChange={set('from')} error={errors.from} />
      <TextField label="To" type="date" value={values.to} onValueChange={set('to')} error={errors.to} />
      <div className="filters-actions">
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
