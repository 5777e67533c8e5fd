import { describe, expect, it } from '@jest/globals';
import { createUserRequestSchema } from '@recode/contracts';
import { issueErrors, NO_ERRORS, withField } from './form-state';

describe('withField', () => {
  it('replaces one field in a new object and leaves the original as it was', () => {
    const values = { email: 'ana@example.com', teamIds: ['a'] };
    const next = withField(values, 'teamIds', ['a', 'b']);
    expect(next).toEqual({ email: 'ana@example.com', teamIds: ['a', 'b'] });
    expect(next).not.toBe(values);
    expect(values.teamIds).toEqual(['a']);
  });
});

describe('issueErrors', () => {
  it('puts the schema messages under their fields and clears the message above the form', () => {
    const result = createUserRequestSchema.safeParse({
      email: 'nope',
      displayName: '',
      role: 'coder',
      password: 'long enough password',
    });
    expect(result.success).toBe(false);
    expect(issueErrors(result.error?.issues ?? [])).toEqual({
      fields: { email: 'Enter a valid email address', displayName: 'Required' },
      form: null,
    });
  });

  it('shows nothing when there are no issues', () => {
    expect(issueErrors([])).toEqual(NO_ERRORS);
  });
});
