import type { NextFunction, Request, Response } from 'express';

/** `Cache-Control: no-store` on every API answer, set before any route so errors carry it too. */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
}
