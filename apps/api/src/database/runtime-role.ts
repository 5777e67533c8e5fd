import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { AnyRow } from './rows';
import { selectRow, selectRows, type Queryable } from './sql';

const MeRow = z.object({ me: z.string() });
const DbRow = z.object({ db: z.string() });
const RegclassRow = z.object({ t: z.string().nullable() });
const SqlRow = z.object({ sql: z.string() });
const PowersRow = z.object({
  rolsuper: z.boolean(),
  rolcreatedb: z.boolean(),
  rolcreaterole: z.boolean(),
  rolbypassrls: z.boolean(),
});

/** The login the API and worker use when none is named: owns nothing, see grantRuntimeRole. */
export const DEFAULT_RUNTIME_ROLE = 'recode_app';

/** Tables the runtime may read but never change beyond what is listed here. */
const READ_ONLY_TABLES = ['migrations', 'typeorm_metadata'];

export class RuntimeRoleError extends Error {}

/** The user name in a postgres:// URL (the OS user when none is given, as libpq does). */
export function databaseUser(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).username) || process.env.PGUSER || process.env.USER || 'postgres';
}

export function databasePassword(databaseUrl: string): string | undefined {
  const password = decodeURIComponent(new URL(databaseUrl).password);
  return password || undefined;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Makes `role` a login that owns nothing and may do only what the API and worker do, in the database
 * `owner` is connected to (the migrations' owner). Idempotent and safe to run from parallel test runs:
 * the role is cluster-global and created once; privileges are per database and granted each time,
 * after the migrations, so new tables are covered (default privileges cover tables the owner adds later).
 * - DML (SELECT, INSERT, UPDATE, DELETE) on the app tables, USAGE/SELECT on their sequences;
 * - audit_log: INSERT and SELECT only (the append-only trigger stays as a second line);
 * - migrations, typeorm_metadata: SELECT (the readiness check compares migrations);
 * - CONNECT and TEMPORARY on the database (set-based writes use ON COMMIT DROP temp tables);
 * - USAGE and CREATE on schema import_stage only, for the per-import staging tables.
 */
export async function grantRuntimeRole(owner: DataSource, role: string, password?: string): Promise<void> {
  if (!ROLE_NAME.test(role))
    throw new RuntimeRoleError(`runtime role "${role}": use lower-case letters, digits and _ only`);
  const me = (await selectRow(owner, MeRow, 'SELECT current_user AS me'))?.me;
  if (me === role)
    throw new RuntimeRoleError(
      `the runtime role "${role}" is the migrations' owner: give DATABASE_URL and MIGRATION_DATABASE_URL different users`,
    );
  await createRoleOnce(owner, role);
  const found = await selectRow(
    owner,
    PowersRow,
    'SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = $1',
    [role],
  );
  if (found && Object.values(found).some(Boolean)) {
    throw new RuntimeRoleError(
      `the runtime role "${role}" is a superuser or may create databases/roles or bypass row security: use a plain role`,
    );
  }
  if (password !== undefined) await setPassword(owner, role, password);

  const db = (await selectRow(owner, DbRow, 'SELECT current_database() AS db'))?.db ?? '';
  const r = `"${role}"`;
  const statements = [
    `GRANT CONNECT, TEMPORARY ON DATABASE "${db.replace(/"/g, '""')}" TO ${r}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `REVOKE ALL ON SCHEMA public FROM ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT USAGE, CREATE ON SCHEMA import_stage TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${r}`,
    `REVOKE UPDATE, DELETE ON audit_log FROM ${r}`,
    ...READ_ONLY_TABLES.map((t) => `REVOKE INSERT, UPDATE, DELETE ON ${t} FROM ${r}`),
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
  ];
  await owner.transaction(async (m) => {
    for (const sql of statements) {
      if (/ON (migrations|typeorm_metadata) /.test(sql) && !(await tableExists(m, sql))) continue;
      await m.query(sql);
    }
  });
}

async function tableExists(m: Queryable, sql: string): Promise<boolean> {
  const table = /ON (\w+) /.exec(sql)?.[1];
  const row = await selectRow(m, RegclassRow, 'SELECT to_regclass($1)::text AS t', [`public.${table}`]);
  return Boolean(row?.t);
}

/** CREATE ROLE once; a parallel run creating it at the same moment is fine (roles are cluster-global). */
async function createRoleOnce(owner: DataSource, role: string): Promise<void> {
  const exists = await selectRows(owner, AnyRow, 'SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.length) return;
  try {
    await owner.query(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
  } catch (err) {
    // 42710 duplicate_object, 23505 unique_violation: created by a parallel run meanwhile.
    const code = err instanceof Error && 'code' in err ? String(err.code) : undefined;
    if (code !== '42710' && code !== '23505') throw err;
  }
}

/** Sets the role's password; retried, since parallel runs altering the one role row can fail "tuple concurrently updated". */
async function setPassword(owner: DataSource, role: string, password: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const row = await selectRow(owner, SqlRow, 'SELECT format($1, $2::text, $3::text) AS sql', [
        'ALTER ROLE %I LOGIN PASSWORD %L',
        role,
        password,
      ]);
      if (!row) throw new RuntimeRoleError(`could not build the password statement for "${role}"`);
      await owner.query(row.sql);
      return;
    } catch (err) {
      if (attempt >= 3 || !(err instanceof Error && /concurrently/.test(err.message))) throw err;
    }
  }
}
