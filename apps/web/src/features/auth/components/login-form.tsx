import { loginRequestSchema } from '@recode/contracts';
import type { FormEvent } from 'react';
import { FormAlert, TextField } from '../../../components';
import { useFormState } from '../../../hooks/use-form-state';
import { useLogin } from '../api/use-login';

const FIELDS = ['email', 'password'] as const;

/** Signs in; the login page moves on by itself once the session is set. */
export function LoginForm() {
  const login = useLogin();
  const form = useFormState({ email: '', password: '' });
  const { values, errors, formError, set } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse(values);
    if (!parsed.success) return form.showIssues(parsed.error.issues);
    form.clearErrors();
    login.mutate(parsed.data, {
      onError: (error) => {
        form.showSubmitError(error, FIELDS);
        set('password')('');
      },
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Sign in">
      <FormAlert message={formError} />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        autoFocus
        value={values.email}
        onValueChange={set('email')}
        error={errors.email}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        value={values.password}
        onValueChange={set('password')}
        error={errors.password}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
