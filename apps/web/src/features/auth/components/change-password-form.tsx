import { changePasswordRequestSchema, PASSWORD_MIN_LENGTH } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { FormAlert, TextField } from '../../../components';
import { fieldErrorsFromIssues, submitErrorsFrom, type FieldErrors } from '../../../lib/form-errors';
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
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const set = (field: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setDone(false);
    const parsed = changePasswordFormSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors({});
    const { currentPassword, newPassword } = parsed.data;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
          setDone(true);
          onChanged();
        },
        onError: (error) => {
          const result = submitErrorsFrom(error, FIELDS);
          setErrors(result.fields);
          setFormError(result.form);
        },
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
