import type { UserDto } from '@recode/contracts';

export type UserStatus = { label: 'Active' | 'Inactive' | 'Locked'; tone: 'positive' | 'neutral' | 'warning' };

/** Inactive wins over locked: a deactivated account cannot sign in whether or not it is locked. */
export function userStatus(user: Pick<UserDto, 'active' | 'lockedUntil'>, now: Date = new Date()): UserStatus {
  if (!user.active) return { label: 'Inactive', tone: 'neutral' };
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime())
    return { label: 'Locked', tone: 'warning' };
  return { label: 'Active', tone: 'positive' };
}
