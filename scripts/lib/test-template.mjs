// One code-set template database per `npm test`: migrated, with the code-set files the integration specs validate
// against, loaded once through the product's own CLIs. The integration step's global setup and the browser stack
// copy it (file by file, under a second) instead of each loading the same files again (about 40 s each).
// Both still work without it: run on their own, they load what they need themselves.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase } from './database.mjs';
import { appEnv, databaseName, runtimeDatabaseUrl, withDatabase } from './env.mjs';
import { runStep } from './run.mjs';

/** The variable that hands the template's URL (the owner's) to the integration and browser steps. */
export const TEMPLATE_ENV = 'RECODE_TEST_TEMPLATE_URL';

/** @param {string} root the files the template holds: the integration specs' own list */
function templateFilesPattern(root) {
  const file = join(root, 'apps/api/test/code-sets/template-files.json');
  return /** @type {{ pattern: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).pattern;
}

/**
 * Builds the template on the server of serverUrl (an owner's URL); the API must be built (apps/api/dist).
 * @param {string} root @param {string} serverUrl
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function buildTestTemplate(root, serverUrl) {
  const url = withDatabase(serverUrl, `recode_tpl_${randomBytes(4).toString('hex')}`);
  const env = appEnv(root, {
    ...process.env,
    MIGRATION_DATABASE_URL: url,
    DATABASE_URL: runtimeDatabaseUrl(url),
    LOG_LEVEL: 'warn',
  });
  const cli = (/** @type {string} */ name) => join(root, 'apps/api/dist/cli', `${name}.js`);
  await ensureDatabase(url);
  try {
    const options = { cwd: root, env, quiet: true };
    await runStep('Template migrations', process.execPath, [cli('migrate')], options);
    await runStep(
      'Template code sets',
      process.execPath,
      [cli('codesets-load'), '--only', templateFilesPattern(root)],
      options,
    );
  } catch (err) {
    await dropDatabase(url).catch(() => {});
    throw err;
  }
  return { url, drop: () => dropDatabase(url) };
}

/**
 * The template's database name when the environment hands one over on the same server as serverUrl; a template on
 * another server cannot be copied there, and is then not used.
 * @param {string} serverUrl @param {NodeJS.ProcessEnv} [env]
 */
export function usableTemplate(serverUrl, env = process.env) {
  const given = env[TEMPLATE_ENV];
  if (!given) return undefined;
  const a = new URL(given);
  const b = new URL(serverUrl);
  return a.hostname === b.hostname && (a.port || '5432') === (b.port || '5432') ? databaseName(given) : undefined;
}
