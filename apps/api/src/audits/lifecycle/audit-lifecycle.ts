import { AUDIT_TRANSITIONS, type AuditStatus } from '@recode/contracts';
import { AppError } from '../../common/errors';

export function canTransition(from: AuditStatus, to: AuditStatus): boolean {
  return AUDIT_TRANSITIONS[from].includes(to);
}

/** 409 naming both states and what is allowed from here, so the client can say what to do instead. */
export function illegalTransition(from: AuditStatus, to: AuditStatus): AppError {
  const allowed = AUDIT_TRANSITIONS[from];
  const next = allowed.length ? `from ${from} it can move to ${allowed.join(' or ')}` : `${from} is the last state`;
  return new AppError(409, 'AUDIT_ILLEGAL_TRANSITION', `An audit cannot move from ${from} to ${to}; ${next}`, [
    { path: 'body.to', message: `not allowed from ${from}`, from, to, allowed: [...allowed] },
  ]);
}

export function assertTransition(from: AuditStatus, to: AuditStatus): void {
  if (!canTransition(from, to)) throw illegalTransition(from, to);
}

/** Adds business days (Mon–Fri) to a moment; holidays are not known here. */
export function addBusinessDays(start: Date, days: number): Date {
  const result = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return result;
}
