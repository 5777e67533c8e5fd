import { loginRequestSchema } from '@recode/contracts';
import { useState, type FormEvent } from 'react';
import { FormAlert, TextField } from '../../../components';
import { fieldErrorsFromIssues, submitErrorsFrom, type FieldErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/use-login';

const FIELDS = ['email', 'password'] as const;

/** Signs in; the login page moves on by itself once the session is set. */
export function LoginForm() {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const parsed = loginRequestSchema.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors({});
    login.mutate(parsed.data, {
      onError: (error) => {
        const result = submitErrorsFrom(error, FIELDS);
        setErrors(result.fields);
        setFormError(result.form);
        setPassword('');
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
        value={email}
        onValueChange={setEmail}
        error={errors.email}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors.password}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
