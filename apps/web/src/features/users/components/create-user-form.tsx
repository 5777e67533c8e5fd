import { createUserRequestSchema, PASSWORD_MIN_LENGTH, type Role, type TeamDto } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../../components';
import { fieldErrorsFromIssues, submitErrorsFrom, type FieldErrors } from '../../../lib/form-errors';
import { useCreateUser } from '../api/use-create-user';
import { CoderSelect } from './coder-select';
import { ROLE_SELECT_OPTIONS } from './role-options';
import { TeamCheckboxes } from './team-checkboxes';

const FIELDS = ['email', 'displayName', 'role', 'password', 'teamIds', 'coderId'] as const;

interface CreateUserFormProps {
  teams: readonly TeamDto[] | undefined;
  teamsLoading: boolean;
  onDone: (message: string) => void;
}

export function CreateUserForm({ teams, teamsLoading, onDone }: CreateUserFormProps) {
  const createUser = useCreateUser();
  const [values, setValues] = useState({
    email: '',
    displayName: '',
    role: 'coder' as Role,
    password: '',
    teamIds: [] as string[],
    coderId: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = <K extends keyof typeof values>(field: K) => (value: (typeof values)[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = createUserRequestSchema.safeParse({ ...values, coderId: values.coderId || null });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors({});
    createUser.mutate(parsed.data, {
      onSuccess: (user) => onDone(`Added ${user.displayName} (${user.email}).`),
      onError: (error) => {
        const result = submitErrorsFrom(error, FIELDS);
        setErrors(result.fields);
        setFormError(result.form);
      },
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="New user">
      <FormAlert message={formError} />
      <TextField label="Email" type="email" autoComplete="off" value={values.email} onValueChange={set('email')} error={errors.email} />
      <TextField label="Name" value={values.displayName} onValueChange={set('displayName')} error={errors.displayName} maxLength={120} />
      <SelectField
        label="Role"
        value={values.role}
        options={ROLE_SELECT_OPTIONS}
        onValueChange={(role) => set('role')(role as Role)}
        error={errors.role}
      />
      <TextField
        label="Temporary password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onValueChange={set('password')}
        error={errors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. They will be asked to choose their own at first sign-in.`}
      />
      <TeamCheckboxes
        teams={teams}
        loading={teamsLoading}
        selected={values.teamIds}
        onChange={set('teamIds')}
        error={errors.teamIds}
      />
      <CoderSelect value={values.coderId} onChange={set('coderId')} error={errors.coderId} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={createUser.isPending}>
          {createUser.isPending ? 'Adding…' : 'Add user'}
        </button>
      </div>
    </form>
  );
}
