import { randomBytes } from 'node:crypto';
import type { Role } from '@recode/contracts';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/credentials';

const suffix = (): string => randomBytes(4).toString('hex');
let cachedHash: Promise<string> | null = null;
export const FACTORY_PASSWORD = 'Factory-Password-1';

export async function createTeam(db: DataSource, name = `Team ${suffix()}`): Promise<{ id: string; name: string }> {
  const [row] = await db.query('INSERT INTO teams (name) VALUES ($1) RETURNING id, name', [name]);
  return row;
}

export async function createCoder(
  db: DataSource,
  opts: { teamId?: string | null; externalId?: string } = {},
): Promise<{ id: string; externalId: string }> {
  const externalId = opts.externalId ?? `X${suffix()}`;
  const [row] = await db.query(
    'INSERT INTO coders (external_id, display_name, team_id) VALUES ($1, $2, $3) RETURNING id, external_id AS "externalId"',
    [externalId, `Coder ${externalId}`, opts.teamId ?? null],
  );
  return row;
}

export async function createUser(
  db: DataSource,
  opts: { role: Role; teamIds?: string[]; coderId?: string | null; active?: boolean },
): Promise<{ id: string; email: string; password: string }> {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  const email = `${opts.role}-${suffix()}@factory.test`;
  const [row] = await db.query(
    'INSERT INTO users (email, display_name, role, password_hash, coder_id, active) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [email, `${opts.role} ${email}`, opts.role, await cachedHash, opts.coderId ?? null, opts.active ?? true],
  );
  for (const teamId of opts.teamIds ?? [])
    await db.query('INSERT INTO user_teams (user_id, team_id) VALUES ($1, $2)', [row.id, teamId]);
  return { id: row.id, email, password: FACTORY_PASSWORD };
}
