import type { Role } from '@recode/contracts';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  supervisor: 'Supervisor',
  auditor: 'Auditor',
  coder: 'Coder',
};

export function formatRole(role: Role): string {
  return ROLE_LABELS[role];
}

const EMPTY = '—';

/** An instant such as `2026-03-12T14:05:00Z`, in the viewer's time zone unless one is given. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return EMPTY;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
}

/** A calendar date such as `2025-10-01`: a day, not an instant, so it must not shift with the time zone. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return EMPTY;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US').format(value);
}

/** Enough of a UUID to tell rows apart in a dense table; the full value stays in a title. */
export function shortId(id: string | null | undefined): string {
  if (!id) return EMPTY;
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}
