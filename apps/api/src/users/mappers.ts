import { ENCOUNTER_SETTINGS, type CoderDto, type TeamDto, type UserDto } from '@recode/contracts';
import { z } from 'zod';
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

/** A team with its counts (teams.service.ts' list query); count(*) is a bigint, so a string. */
export const TeamRow = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  settings: z.array(z.enum(ENCOUNTER_SETTINGS)),
  member_count: z.string(),
  coder_count: z.string(),
  created_at: z.date(),
});
export type TeamRow = z.infer<typeof TeamRow>;
export const toTeamDto = (t: TeamRow): TeamDto => ({
  id: t.id,
  name: t.name,
  active: t.active,
  settings: t.settings,
  memberCount: Number(t.member_count),
  coderCount: Number(t.coder_count),
  createdAt: t.created_at.toISOString(),
});
