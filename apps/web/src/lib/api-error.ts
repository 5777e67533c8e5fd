import type { ErrorCode as ApiErrorCode, ErrorDetail } from '@recode/contracts';

/**
 * The codes the API declares, plus what only the browser can meet: a network failure, or a body that
 * is not ours (a proxy's page, a newer server) — kept open so such an answer still becomes an ApiError.
 */
type ErrorCode = ApiErrorCode | 'NETWORK_ERROR' | (string & {});

export interface ApiErrorInit {
  status: number;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}

/** An error answered by the API (or the lack of an answer), in the one shape the UI branches on. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
  }
}

/** Status 0 stands for "no HTTP answer at all". */
export const NETWORK_ERROR_STATUS = 0;

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  423: 'ACCOUNT_LOCKED',
  429: 'RATE_LIMITED',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseDetails(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): ErrorDetail[] => {
    if (!isRecord(item) || typeof item.message !== 'string') return [];
    const path = typeof item.path === 'string' ? item.path : undefined;
    return [{ ...item, path, message: item.message }];
  });
}

/** Turns any failed response body into an ApiError, tolerating bodies that are not our shape (a proxy's 502 page, say). */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError({ status, code: error.code, message: error.message, details: parseDetails(error.details) });
  }
  const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : `HTTP_${status}`);
  const message =
    status >= 500
      ? `The server could not complete the request (HTTP ${status}). Try again in a moment.`
      : `The request was not accepted (HTTP ${status}).`;
  return new ApiError({ status, code, message });
}

export function networkError(): ApiError {
  return new ApiError({
    status: NETWORK_ERROR_STATUS,
    code: 'NETWORK_ERROR',
    message: 'Could not reach the Recode server. Check your connection and try again.',
  });
}

/** Paths whose 401 is an answer, not a lost session: probing the session and signing in. */
const SESSION_PROBE_PATHS = ['/api/auth/me', '/api/auth/login'];
/** 401 codes that mean "wrong password", not "no session". */
const CREDENTIAL_CODES: readonly ErrorCode[] = ['INVALID_CREDENTIALS', 'PASSWORD_MISMATCH'];

/** Whether a failed call means the session is gone and the user must sign in again. */
export function isSessionLost(path: string, status: number, code: ErrorCode): boolean {
  if (status !== 401) return false;
  const pathname = path.split('?')[0] ?? path;
  return !SESSION_PROBE_PATHS.includes(pathname) && !CREDENTIAL_CODES.includes(code);
}

/** Retrying a caller's mistake (4xx) only repeats it; retry network and server failures a couple of times. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The message to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again, and tell your administrator if it keeps happening.';
}
