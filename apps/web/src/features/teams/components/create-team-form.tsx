import { createTeamRequestSchema } from '@recode/contracts';
import type { FormEvent } from 'react';
import { FormAlert, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { useCreateTeam } from '../api/use-create-team';

export function CreateTeamForm({ onCreated }: { onCreated: (name: string) => void }) {
  const createTeam = useCreateTeam();
  const form = useFormState({ name: '' });
  const { values, errors, formError, set } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createTeamRequestSchema.safeParse(values);
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    createTeam.mutate(parsed.data, {
      onSuccess: (team) => {
        set('name')('');
        onCreated(team.name);
      },
      onError: (error) => form.showSubmitError(error, ['name']),
    });
  };

  return (
    <form className="form form-inline" onSubmit={submit} noValidate aria-label="New team">
      <FormAlert message={formError} />
      <TextField
        label="New team name"
        value={values.name}
        onValueChange={set('name')}
        error={errors.name}
        maxLength={120}
      />
      <button type="submit" className="btn btn-primary" disabled={createTeam.isPending}>
        {createTeam.isPending ? 'Adding…' : 'Add team'}
      </button>
    </form>
  );
}
