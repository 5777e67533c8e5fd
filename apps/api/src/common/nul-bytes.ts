import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from '@recode/contracts';

/**
 * PostgreSQL text cannot hold a NUL character: a query or body string with one would fail in the
 * database as a 500. No field of this API has a use for it, so refuse it up front, naming where.
 */
export function rejectNulBytes(req: Request, res: Response, next: NextFunction): void {
  const where = findNul(req.query, 'query') ?? findNul(req.body, 'body');
  if (!where) return next();
  const body: ErrorBody = {
    error: {
      code: 'VALIDATION_FAILED',
      message: `${where}: must not contain a NUL character`,
      details: [{ path: where, message: 'must not contain a NUL character' }],
    },
  };
  res.status(400).json(body);
}

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null || depth > 20) return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return path;
    const found = findNul(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}
