import { describe, expect, it } from '@jest/globals';
import { userStatus } from './user-status';

describe('userStatus', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('is active when nothing stops the person signing in', () => {
    expect(userStatus({ active: true, lockedUntil: null }, now).label).toBe('Active');
    expect(userStatus({ active: true, lockedUntil: '2026-03-01T11:59:00Z' }, now).label).toBe('Active');
  });

  it('is locked while the lock lasts', () => {
    expect(userStatus({ active: true, lockedUntil: '2026-03-01T12:15:00Z' }, now)).toEqual({
      label: 'Locked',
      tone: 'warning',
    });
  });

  it('is inactive when deactivated, locked or not', () => {
    expect(userStatus({ active: false, lockedUntil: '2026-03-01T12:15:00Z' }, now).label).toBe('Inactive');
  });
});
