import { describe, expect, it } from '@jest/globals';
import type { NotificationDto } from '@recode/contracts';
import { appPath, badgeText, bellLabel, bellLabelParts, newestFirst, relativeAge } from './notification-format';

const note = (id: string, createdAt: string): NotificationDto => ({
  id,
  kind: 'audit.released',
  title: id,
  body: '',
  link: null,
  entityType: null,
  entityId: null,
  createdAt,
  readAt: null,
});

describe('bell label and badge', () => {
  it('names the unread count, and nothing when all is read', () => {
    expect(bellLabel(2)).toBe('Notifications: 2 unread');
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(120)).toBe('Notifications: 99+ unread');
    expect(badgeText(0)).toBeNull();
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('splits the name around the badge the bell shows, so the hidden text and the label are one', () => {
    expect(bellLabelParts(3)).toEqual({ before: 'Notifications: ', badge: '3', after: ' unread' });
    expect(bellLabelParts(0)).toEqual({ before: 'Notifications', badge: null, after: '' });
  });
});

describe('newestFirst', () => {
  it('puts the latest on top, ties broken by id', () => {
    const sorted = newestFirst([
      note('a', '2026-11-01T10:00:00.000Z'),
      note('c', '2026-11-03T09:00:00.000Z'),
      note('b', '2026-11-03T09:00:00.000Z'),
    ]);
    expect(sorted.map((n) => n.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('appPath', () => {
  it('follows paths inside the app only', () => {
    expect(appPath('/feedback?audit=1')).toBe('/feedback?audit=1');
    expect(appPath('https://evil.test/')).toBeNull();
    expect(appPath('//evil.test/')).toBeNull();
    expect(appPath(null)).toBeNull();
  });
});

describe('relativeAge', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('says how long ago, then gives up after a week', () => {
    expect(relativeAge('2026-12-01T11:59:30Z', now)).toBe('just now');
    expect(relativeAge('2026-12-01T11:15:00Z', now)).toBe('45 min ago');
    expect(relativeAge('2026-12-01T09:00:00Z', now)).toBe('3 h ago');
    expect(relativeAge('2026-11-29T12:00:00Z', now)).toBe('2 d ago');
    expect(relativeAge('2026-11-20T12:00:00Z', now)).toBeNull();
  });
});
