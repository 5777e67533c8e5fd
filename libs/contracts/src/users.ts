import { z } from 'zod';
import { passwordSchema } from './auth';
import { ENCOUNTER_SETTINGS, type EncounterSettingCode } from './encounters';
import { ROLES, type Role } from './roles';

export interface TeamDto {
  id: string;
  name: string;
  active: boolean;
  /** The care settings the team codes; its plans draw only these. Empty: every setting. */
  settings: EncounterSettingCode[];
  memberCount: number;
  coderCount: number;
  createdAt: string;
}

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  teamIds: string[];
  coderId: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface CoderDto {
  id: string;
  /** The identifier the coder carries in source systems and import files. */
  externalId: string;
  displayName: string;
  teamId: string | null;
  userId: string | null;
  active: boolean;
  startedOn: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const uuidList = z.array(z.string().uuid()).max(100);

export const createUserRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: passwordSchema,
  teamIds: uuidList.default([]),
  coderId: z.string().uuid().nullable().default(null),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(120),
    role: z.enum(ROLES),
    active: z.boolean(),
    teamIds: uuidList,
    coderId: z.string().uuid().nullable(),
    password: passwordSchema,
    /** Lift a lock left by repeated failed sign-ins. */
    unlock: z.literal(true),
  })
  .partial()
  .strict();
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

const teamSettingsSchema = z
  .array(z.enum(ENCOUNTER_SETTINGS))
  .max(ENCOUNTER_SETTINGS.length)
  .refine((list) => new Set(list).size === list.length, 'lists a setting twice');

export const createTeamRequestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  settings: teamSettingsSchema.default([]),
});
export type CreateTeamRequest = z.infer<typeof createTeamRequestSchema>;

export const updateTeamRequestSchema = z
  .object({ name: z.string().trim().min(1).max(120), active: z.boolean(), settings: teamSettingsSchema })
  .partial()
  .strict();
export type UpdateTeamRequest = z.infer<typeof updateTeamRequestSchema>;

export const createCoderRequestSchema = z.object({
  externalId: z.string().trim().min(1).max(64),
  displayName: z.string().trim().min(1).max(120),
  teamId: z.string().uuid().nullable().default(null),
  startedOn: z.iso.date().nullable().default(null),
});
export type CreateCoderRequest = z.infer<typeof createCoderRequestSchema>;

export const updateCoderRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(120),
    teamId: z.string().uuid().nullable(),
    active: z.boolean(),
    startedOn: z.iso.date().nullable(),
  })
  .partial()
  .strict();
export type UpdateCoderRequest = z.infer<typeof updateCoderRequestSchema>;
