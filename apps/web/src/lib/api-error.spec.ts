import { describe, expect, it } from '@jest/globals';
import { ApiError, errorMessage, isSessionLost, networkError, shouldRetryQuery, toApiError } from './api-error';

describe('toApiError', () => {
  it('reads the error shape of the API', () => {
    const error = toApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Request is invalid',
        details: [{ path: 'body.newPassword', message: 'Too short' }, { message: 'General' }, 'junk'],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Request is invalid');
    expect(error.details).toEqual([
      { path: 'body.newPassword', message: 'Too short' },
      { path: undefined, message: 'General' },
    ]);
  });

  it('falls back to a code by status when the body is not ours', () => {
    expect(toApiError(429, '<html>').code).toBe('RATE_LIMITED');
    expect(toApiError(502, null).code).toBe('INTERNAL');
    expect(toApiError(502, null).message).toContain('HTTP 502');
    expect(toApiError(418, {}).code).toBe('HTTP_418');
  });

  it('treats a missing details list as empty', () => {
    expect(toApiError(404, { error: { code: 'USER_NOT_FOUND', message: 'No such user' } }).details).toEqual([]);
  });
});

describe('isSessionLost', () => {
  it('is true for a 401 on an ordinary call', () => {
    expect(isSessionLost('/api/users?page=1', 401, 'UNAUTHENTICATED')).toBe(true);
  });

  it('is false for the session probe and the login itself', () => {
    expect(isSessionLost('/api/auth/me', 401, 'UNAUTHENTICATED')).toBe(false);
    expect(isSessionLost('/api/auth/login', 401, 'INVALID_CREDENTIALS')).toBe(false);
  });

  it('is false for a wrong current password and for other statuses', () => {
    expect(isSessionLost('/api/auth/password', 401, 'INVALID_CREDENTIALS')).toBe(false);
    expect(isSessionLost('/api/users', 403, 'FORBIDDEN')).toBe(false);
  });
});

describe('shouldRetryQuery', () => {
  it('never retries a 4xx and retries others twice', () => {
    expect(shouldRetryQuery(0, new ApiError({ status: 404, code: 'NOT_FOUND', message: 'x' }))).toBe(false);
    expect(shouldRetryQuery(0, networkError())).toBe(true);
    expect(shouldRetryQuery(1, toApiError(503, null))).toBe(true);
    expect(shouldRetryQuery(2, toApiError(503, null))).toBe(false);
  });
});

describe('errorMessage', () => {
  it('shows the server message and hides anything else', () => {
    expect(errorMessage(new ApiError({ status: 423, code: 'ACCOUNT_LOCKED', message: 'Locked for 15 minutes' }))).toBe(
      'Locked for 15 minutes',
    );
    expect(errorMessage(new TypeError('x is undefined'))).not.toContain('undefined');
  });
});
