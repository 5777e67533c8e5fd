import type { NotificationDto } from '@recode/contracts';

/** The bell's name in three parts: hidden text, the badge as shown ("99+" too; null when all is read), hidden text. */
export interface BellLabelParts {
  before: string;
  badge: string | null;
  after: string;
}

export function bellLabelParts(unreadCount: number): BellLabelParts {
  const badge = badgeText(unreadCount);
  return badge ? { before: 'Notifications: ', badge, after: ' unread' } : { before: 'Notifications', badge, after: '' };
}

/** The bell's accessible name carries the badge's own text, so a screen reader hears what the badge shows. */
export function bellLabel(unreadCount: number): string {
  const { before, badge, after } = bellLabelParts(unreadCount);
  return `${before}${badge ?? ''}${after}`;
}

/** What the badge shows: the count, capped so it fits the header. */
export function badgeText(unreadCount: number): string | null {
  if (unreadCount <= 0) return null;
  return unreadCount > 99 ? '99+' : String(unreadCount);
}

/** Newest first; the API already orders them, but a merged or refetched list must not reorder. */
export function newestFirst(items: readonly NotificationDto[]): NotificationDto[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** Only app paths are followed: a link is text from the server, and must never send the user off-site. */
export function appPath(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago"; older than a week: null (show the date instead). */
export function relativeAge(createdAt: string, now: Date): string | null {
  const minutes = Math.floor((now.getTime() - new Date(createdAt).getTime()) / 60_000);
  if (Number.isNaN(minutes)) return null;
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  if (minutes < 7 * 24 * 60) return `${Math.floor(minutes / (24 * 60))} d ago`;
  return null;
}
