// Where the repository is and the environment every API, worker and CLI process is started with.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/recode';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** The role the API, worker and CLIs connect as; `migrate` creates it and grants it DML only (docs/security.md). */
export const RUNTIME_ROLE = 'recode_app';

/**
 * The runtime's URL beside an owner's: same server and database, user recode_app. It keeps the owner's
 * password, if any, so one secret serves a development server (Docker sets its own, see docker/compose.yml).
 */
export function runtimeDatabaseUrl(/** @type {string} */ ownerUrl) {
  const url = new URL(ownerUrl);
  url.username = RUNTIME_ROLE;
  return url.toString();
}

/**
 * Both database URLs from what the operator set: MIGRATION_DATABASE_URL (owner) with DATABASE_URL (runtime);
 * DATABASE_URL alone is taken as the owner's, as before the split, and the runtime's derived from it.
 * `ownerUrl` replaces the owner's (the URL ensureServices found) on the same terms.
 * @param {NodeJS.ProcessEnv} base @param {string} [ownerUrl]
 */
export function databaseEnv(base, ownerUrl) {
  const owner = ownerUrl || base.MIGRATION_DATABASE_URL || base.DATABASE_URL || DEFAULT_DATABASE_URL;
  const runtime = base.MIGRATION_DATABASE_URL && base.DATABASE_URL ? base.DATABASE_URL : runtimeDatabaseUrl(owner);
  return { MIGRATION_DATABASE_URL: owner, DATABASE_URL: runtime };
}

/**
 * The variables the API, worker and CLIs read (see apps/api config), with local defaults filled in.
 * Values already in the environment win.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} [base]
 */
export function appEnv(root, base = process.env) {
  return {
    ...base,
    ...databaseEnv(base),
    REDIS_URL: base.REDIS_URL || DEFAULT_REDIS_URL,
    REDIS_PREFIX: base.REDIS_PREFIX || 'recode',
    DATA_DIR: base.DATA_DIR || resolve(root, '..', 'shared', 'data'),
    COOKIE_SECURE: base.COOKIE_SECURE || 'false',
    NODE_ENV: base.NODE_ENV || 'production',
    SCARF_ANALYTICS: 'false',
    NX_NO_CLOUD: 'true',
    NX_DAEMON: 'false',
  };
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(/** @type {string} */ databaseUrl, /** @type {string} */ name) {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** @param {string} databaseUrl */
export function databaseName(databaseUrl) {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, '')) || 'postgres';
}
