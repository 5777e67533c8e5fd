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

/** The run's second template: the run's database plus the code sets (see global-setup.ts). */
export function withCodeSetsName(runDatabase: string): string {
  return `${runDatabase}_codesets`;
}
