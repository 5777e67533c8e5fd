import type { CoderDto, EncounterSettingCode, TeamDto, UserDto } from '@recode/contracts';
import type { Coder } from './coder.entity';
import type { User } from './user.entity';

export const toUserDto = (u: User): UserDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  active: u.active,
  teamIds: (u.teams ?? []).map((t) => t.id).sort(),
  coderId: u.coderId,
  lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > Date.now() ? u.lockedUntil.toISOString() : null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

export const toCoderDto = (c: Coder & { userId?: string | null }): CoderDto => ({
  id: c.id,
  externalId: c.externalId,
  displayName: c.displayName,
  teamId: c.teamId,
  userId: c.userId ?? null,
  active: c.active,
  startedOn: c.startedOn,
});

export interface TeamRow {
  id: string;
  name: string;
  active: boolean;
  settings: string[];
  member_count: string;
  coder_count: string;
  created_at: Date;
}
export const toTeamDto = (t: TeamRow): TeamDto => ({
  id: t.id,
  name: t.name,
  active: t.active,
  settings: t.settings as EncounterSettingCode[],
  memberCount: Number(t.member_count),
  coderCount: Number(t.coder_count),
  createdAt: t.created_at.toISOString(),
});
