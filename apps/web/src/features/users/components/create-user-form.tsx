import { createUserRequestSchema, PASSWORD_MIN_LENGTH, type Role, type TeamDto } from '@recode/contracts';
import type { FormEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
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
  const form = useFormState({
    email: '',
    displayName: '',
    role: 'coder' as Role,
    password: '',
    teamIds: [] as string[],
    coderId: '',
  });
  const { values, errors, formError, set } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createUserRequestSchema.safeParse({ ...values, coderId: values.coderId || null });
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    createUser.mutate(parsed.data, {
      onSuccess: (user) => onDone(`Added ${user.displayName} (${user.email}).`),
      onError: (error) => form.showSubmitError(error, FIELDS),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="New user">
      <FormAlert message={formError} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        value={values.email}
        onValueChange={set('email')}
        error={errors.email}
      />
      <TextField
        label="Name"
        value={values.displayName}
        onValueChange={set('displayName')}
        error={errors.displayName}
        maxLength={120}
      />
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
