import { createTeamRequestSchema } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { FormAlert, TextField } from '../../../components';
import { fieldErrorsFromIssues, submitErrorsFrom, type FieldErrors } from '../../../lib/form-errors';
import { useCreateTeam } from '../api/use-create-team';

export function CreateTeamForm({ onCreated }: { onCreated: (name: string) => void }) {
  const createTeam = useCreateTeam();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = createTeamRequestSchema.safeParse({ name });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors({});
    createTeam.mutate(parsed.data, {
      onSuccess: (team) => {
        setName('');
        onCreated(team.name);
      },
      onError: (error) => {
        const result = submitErrorsFrom(error, ['name']);
        setErrors(result.fields);
        setFormError(result.form);
      },
    });
  };

  return (
    <form className="form form-inline" onSubmit={submit} noValidate aria-label="New team">
      <FormAlert message={formError} />
      <TextField label="New team name" value={name} onValueChange={setName} error={errors.name} maxLength={120} />
      <button type="submit" className="btn btn-primary" disabled={createTeam.isPending}>
        {createTeam.isPending ? 'Adding…' : 'Add team'}
      </button>
    </form>
  );
}
