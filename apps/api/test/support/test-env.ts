import { DEFAULT_RUNTIME_ROLE } from '../../src/database/runtime-role';
import { randomBytes } from 'node:crypto';

/** Names for this run's own database and Redis key prefix; shared by setup and teardown via env. */
export function newRunNames(kind: string): { database: string; redisPrefix: string } {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  return { database: `recode_${kind}_${id}`, redisPrefix: `recode_${kind}_${id}` };
}

export function adminDatabaseUrl(): string {
  return process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrlFor(database: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * What the app under test connects as: the runtime role that owns nothing (src/database/runtime-role.ts),
 * on the same server, with the admin's password if it has one. Specs see it as DATABASE_URL; the
 * owner's URL is MIGRATION_DATABASE_URL.
 */
export function runtimeDatabaseUrlFor(database: string): string {
  const url = new URL(databaseUrlFor(database));
  url.username = DEFAULT_RUNTIME_ROLE;
  return url.toString();
}

/** The run's second template: the run's database plus the code sets (see global-setup.ts). */
export function withCodeSetsName(runDatabase: string): string {
  return `${runDatabase}_codesets`;
}
