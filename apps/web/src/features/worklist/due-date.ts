import type { WorklistItemDto } from '@recode/contracts';

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** "Overdue by 2 days", "Due today", "Due in 3 days": calendar days, counted in the viewer's local date `today`. */
export function dueLabel(dueDate: string | null, today: string): string {
  if (!dueDate) return 'No due date';
  const days = dayNumber(dueDate) - dayNumber(today);
  if (days < 0) return `Overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'Due today';
  return `Due in ${days} day${days === 1 ? '' : 's'}`;
}

/** Overdue first, then by due date (none last), then by audit and draw order so the list is stable. */
export function sortWorklist(items: readonly WorklistItemDto[]): WorklistItemDto[] {
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.auditName.localeCompare(b.auditName) ||
      a.drawOrder - b.drawOrder,
  );
}

/** Today's date in the viewer's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
