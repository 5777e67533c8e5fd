import { PASSWORD_MIN_LENGTH, updateUserRequestSchema, type Role, type TeamDto, type UserDto } from '@recode/contracts';
import type { FormEvent } from 'react';
import { CheckboxField, FormAlert, SelectField, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { changedFields } from '../../../lib/changed-fields';
import { formatDateTime } from '../../../lib/format';
import { useUpdateUser } from '../api/use-update-user';
import { userStatus } from '../user-status';
import { CoderSelect } from './coder-select';
import { ROLE_SELECT_OPTIONS } from './role-options';
import { TeamCheckboxes } from './team-checkboxes';

const FIELDS = ['displayName', 'role', 'active', 'teamIds', 'coderId', 'password'] as const;

interface EditUserFormProps {
  user: UserDto;
  /** The signed-in administrator: they may not lock themselves out by accident. */
  isSelf: boolean;
  teams: readonly TeamDto[] | undefined;
  teamsLoading: boolean;
  onDone: (message: string) => void;
}

export function EditUserForm({ user, isSelf, teams, teamsLoading, onDone }: EditUserFormProps) {
  const updateUser = useUpdateUser();
  const original = {
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    teamIds: user.teamIds,
    coderId: user.coderId,
  };
  const form = useFormState({ ...original, coderId: user.coderId ?? '', password: '' });
  const { values, errors, formError, set } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { password, ...edited } = values;
    const changes = {
      ...changedFields(original, { ...edited, coderId: edited.coderId || null }),
      ...(password ? { password } : {}),
    };
    const parsed = updateUserRequestSchema.safeParse(changes);
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    if (Object.keys(parsed.data).length === 0) return form.setFormError('Nothing has changed.');
    updateUser.mutate(
      { id: user.id, changes: parsed.data },
      {
        onSuccess: (updated) =>
          onDone(`Saved changes to ${updated.displayName}${password ? ', including a new password' : ''}.`),
        onError: (error) => form.showSubmitError(error, FIELDS),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={`Edit ${user.displayName}`}>
      <FormAlert message={formError} />
      <dl className="facts">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Status</dt>
        <dd>{userStatus(user).label}</dd>
        <dt>Last sign-in</dt>
        <dd>{formatDateTime(user.lastLoginAt)}</dd>
      </dl>
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
        disabled={isSelf}
        hint={isSelf ? 'You cannot change your own role.' : undefined}
      />
      <CheckboxField
        label="Account active"
        checked={values.active}
        onCheckedChange={set('active')}
        disabled={isSelf}
        hint={
          isSelf
            ? 'You cannot deactivate your own account.'
            : 'Inactive accounts cannot sign in; their history is kept.'
        }
      />
      <TeamCheckboxes
        teams={teams}
        loading={teamsLoading}
        selected={values.teamIds}
        onChange={set('teamIds')}
        error={errors.teamIds}
      />
      <CoderSelect value={values.coderId} onChange={set('coderId')} userId={user.id} error={errors.coderId} />
      <TextField
        label="Reset password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onValueChange={set('password')}
        error={errors.password}
        hint={`Leave empty to keep the current password. A new one (at least ${PASSWORD_MIN_LENGTH} characters) must be changed at next sign-in.`}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={updateUser.isPending}>
          {updateUser.isPending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
