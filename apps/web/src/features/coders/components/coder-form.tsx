import { createCoderRequestSchema, updateCoderRequestSchema, type CoderDto, type TeamDto } from '@recode/contracts';
import type { FormEvent } from 'react';
import { CheckboxField, FormAlert, SelectField, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { changedFields } from '../../../lib/changed-fields';
import { useCreateCoder } from '../api/use-create-coder';
import { useUpdateCoder } from '../api/use-update-coder';

const FIELDS = ['externalId', 'displayName', 'teamId', 'startedOn', 'active'] as const;

interface CoderFormProps {
  /** The coder to edit; absent to create one. */
  coder?: CoderDto;
  teams: readonly TeamDto[] | undefined;
  onDone: (message: string) => void;
}

export function CoderForm({ coder, teams, onDone }: CoderFormProps) {
  const createCoder = useCreateCoder();
  const updateCoder = useUpdateCoder();
  const form = useFormState({
    externalId: coder?.externalId ?? '',
    displayName: coder?.displayName ?? '',
    teamId: coder?.teamId ?? '',
    startedOn: coder?.startedOn ?? '',
    active: coder?.active ?? true,
  });
  const { values, errors, formError, set } = form;
  const pending = createCoder.isPending || updateCoder.isPending;

  const fail = (error: unknown) => form.showSubmitError(error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const common = {
      displayName: values.displayName,
      teamId: values.teamId || null,
      startedOn: values.startedOn || null,
    };
    if (!coder) {
      const parsed = createCoderRequestSchema.safeParse({ ...common, externalId: values.externalId });
      if (!parsed.success) return form.showIssues(parsed.error.issues);
      form.clearErrors();
      createCoder.mutate(parsed.data, {
        onSuccess: (created) => onDone(`Added coder ${created.displayName}.`),
        onError: fail,
      });
      return;
    }
    const original = {
      displayName: coder.displayName,
      teamId: coder.teamId,
      startedOn: coder.startedOn,
      active: coder.active,
    };
    const changes = changedFields(original, { ...common, active: values.active });
    const parsed = updateCoderRequestSchema.safeParse(changes);
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    if (Object.keys(parsed.data).length === 0) return form.setFormError('Nothing has changed.');
    updateCoder.mutate(
      { id: coder.id, changes: parsed.data },
      { onSuccess: (updated) => onDone(`Saved changes to ${updated.displayName}.`), onError: fail },
    );
  };

  const teamOptions = [
    { value: '', label: 'No team' },
    ...(teams ?? [])
      .filter((team) => team.active || team.id === coder?.teamId)
      .map((team) => ({ value: team.id, label: team.active ? team.name : `${team.name} (inactive)` })),
  ];

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={coder ? 'Edit coder' : 'New coder'}>
      <FormAlert message={formError} />
      {coder ? (
        <p className="form-readonly">
          <span className="form-readonly-label">Coder ID</span> <span className="mono">{coder.externalId}</span>
        </p>
      ) : (
        <TextField
          label="Coder ID"
          value={values.externalId}
          onValueChange={set('externalId')}
          error={errors.externalId}
          hint="The identifier this coder carries in your source systems and import files."
          maxLength={64}
        />
      )}
      <TextField
        label="Name"
        value={values.displayName}
        onValueChange={set('displayName')}
        error={errors.displayName}
        maxLength={120}
      />
      <SelectField
        label="Team"
        value={values.teamId}
        onValueChange={set('teamId')}
        options={teamOptions}
        error={errors.teamId}
      />
      <TextField
        label="Started on"
        type="date"
        value={values.startedOn}
        onValueChange={set('startedOn')}
        error={errors.startedOn}
      />
      {coder ? (
        <CheckboxField
          label="Active"
          checked={values.active}
          onCheckedChange={set('active')}
          hint="Inactive coders keep their audit history."
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? 'Saving…' : coder ? 'Save changes' : 'Add coder'}
        </button>
      </div>
    </form>
  );
}
