import type { ErrorCode, ErrorDetail } from '@recode/contracts';

/**
 * A mistake with a stable code. Modules throw these; the exception filter turns them into
 * `{ error: { code, message, details } }` with the status given here.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export const notFound = (code: ErrorCode, what: string): AppError => new AppError(404, code, `${what} not found`);
export const conflict = (code: ErrorCode, message: string, details: ErrorDetail[] = []): AppError =>
  new AppError(409, code, message, details);
export const forbidden = (message = 'You do not have access to this resource'): AppError =>
  new AppError(403, 'FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in to continue'): AppError =>
  new AppError(401, 'UNAUTHENTICATED', message);
export const badRequest = (code: ErrorCode, message: string, details: ErrorDetail[] = []): AppError =>
  new AppError(400, code, message, details);
