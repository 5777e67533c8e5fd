import { changePasswordRequestSchema, PASSWORD_MIN_LENGTH } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { FormAlert, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { useChangePassword } from '../api/use-change-password';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

const changePasswordFormSchema = changePasswordRequestSchema
  .extend({ confirmPassword: z.string() })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords do not match',
  })
  .refine((form) => form.newPassword !== form.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one',
  });

interface ChangePasswordFormProps {
  onChanged: () => void;
}

export function ChangePasswordForm({ onChanged }: ChangePasswordFormProps) {
  const changePassword = useChangePassword();
  const form = useFormState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const { values, errors, formError, set } = form;
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const parsed = changePasswordFormSchema.safeParse(values);
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    const { currentPassword, newPassword } = parsed.data;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
          setDone(true);
          onChanged();
        },
        onError: (error) => form.showSubmitError(error, FIELDS),
      },
    );
  };

  return (
    <form className="form form-narrow" onSubmit={submit} noValidate aria-label="Change password">
      <FormAlert message={formError} />
      {done ? (
        <p className="form-success" role="status">
          Your password has been changed.
        </p>
      ) : null}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onValueChange={set('currentPassword')}
        error={errors.currentPassword}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onValueChange={set('newPassword')}
        error={errors.newPassword}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easier to remember than symbols.`}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onValueChange={set('confirmPassword')}
        error={errors.confirmPassword}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={changePassword.isPending}>
          {changePassword.isPending ? 'Saving…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
