// Where the repository is and the environment every API, worker and CLI process is started with.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/recode';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * The variables the API, worker and CLIs read (see apps/api config), with local defaults filled in.
 * Values already in the environment win.
 * @param {string} root
 * @param {NodeJS.ProcessEnv} [base]
 */
export function appEnv(root, base = process.env) {
  return {
    ...base,
    DATABASE_URL: base.DATABASE_URL || DEFAULT_DATABASE_URL,
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
