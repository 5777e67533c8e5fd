import { describe, expect, it } from '@jest/globals';
import { changePasswordRequestSchema, createUserRequestSchema } from '@recode/contracts';
import { ApiError } from './api-error';
import { fieldErrorsFromIssues, submitErrorsFrom } from './form-errors';

describe('fieldErrorsFromIssues', () => {
  it('maps schema issues to fields with readable messages', () => {
    const result = createUserRequestSchema.safeParse({
      email: 'nope',
      displayName: '',
      role: 'coder',
      password: 'short',
    });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFromIssues(result.error?.issues ?? []);
    expect(errors.email).toBe('Enter a valid email address');
    expect(errors.displayName).toBe('Required');
    expect(errors.password).toBe('Password must be at least 12 characters');
  });

  it('keeps the first message per field and names nested paths with dots', () => {
    const errors = fieldErrorsFromIssues([
      { path: ['teamIds', 0], message: 'Bad id', code: 'custom' },
      { path: ['teamIds', 0], message: 'Second', code: 'custom' },
      { path: [], message: 'Whole form', code: 'custom' },
    ]);
    expect(errors).toEqual({ 'teamIds.0': 'Bad id', form: 'Whole form' });
  });

  it('reads the password rule from the shared contract', () => {
    const result = changePasswordRequestSchema.safeParse({ currentPassword: '', newPassword: 'x' });
    const errors = fieldErrorsFromIssues(result.error?.issues ?? []);
    expect(errors.currentPassword).toBe('Required');
    expect(errors.newPassword).toContain('12 characters');
  });
});

describe('submitErrorsFrom', () => {
  const validation = (details: { path?: string; message: string }[]) =>
    new ApiError({ status: 400, code: 'VALIDATION_FAILED', message: 'Request is invalid', details });

  it('places details on the fields shown', () => {
    const result = submitErrorsFrom(validation([{ path: 'body.currentPassword', message: 'is incorrect' }]), [
      'currentPassword',
    ]);
    expect(result).toEqual({ fields: { currentPassword: 'Is incorrect' }, form: null });
  });

  it('says the rest above the form', () => {
    const result = submitErrorsFrom(
      validation([
        { path: 'body.email', message: 'is taken' },
        { path: 'body.other', message: 'is odd' },
      ]),
      ['email'],
    );
    expect(result).toEqual({ fields: { email: 'Is taken' }, form: 'Request is invalid' });
  });

  it('uses the server message when there are no details', () => {
    const error = new ApiError({ status: 409, code: 'USER_EMAIL_TAKEN', message: 'That email is already in use' });
    expect(submitErrorsFrom(error, ['email'])).toEqual({ fields: {}, form: 'That email is already in use' });
  });

  it('does not leak the text of unexpected errors', () => {
    expect(submitErrorsFrom(new Error('boom'), []).form).not.toContain('boom');
  });
});
