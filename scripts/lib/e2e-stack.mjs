// A throw-away copy of the product for browser tests: its own database, Redis prefix and ports.
// Used by test/e2e/support/global-setup.ts and global-teardown.ts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build.mjs';
import { copyDatabase, databaseExists, deleteRedisKeys, dropDatabase, redact } from './database.mjs';
import { appEnv, databaseEnv, repoRoot, withDatabase } from './env.mjs';
import { freePort } from './http.mjs';
import { ensureServices } from './services.mjs';
import { launchStack, prepareDatabase, waitForStack } from './stack.mjs';
import { usableTemplate } from './test-template.mjs';

/** @param {string} logDir prints the end of each child's log, for a failed start */
function logTails(logDir) {
  return ['api', 'worker', 'web']
    .map((name) => join(logDir, `${name}.log`))
    .filter((file) => existsSync(file))
    .map((file) => `── ${file} (last lines) ──\n${readFileSync(file, 'utf8').trim().split('\n').slice(-25).join('\n')}`)
    .join('\n');
}

/**
 * Names a database and Redis prefix made ready ahead by prepareE2eDatabase: `npm test` prepares them while the
 * integration step runs, whose spec files spend part of their time waiting, and the stack then only starts on them.
 */
export const PREPARED_ENV = 'RECODE_E2E_PREPARED';

/**
 * The stack's database (the owner's URL: it creates, migrates, drops, and specs assert through it), its Redis prefix,
 * and the environment its processes and CLIs run with (as the runtime role).
 * @param {string} root @param {{ databaseUrl: string, redisUrl: string }} services @param {string} id
 */
function stackTarget(root, services, id) {
  const name = `recode_e2e_${id}`;
  const databaseUrl = withDatabase(services.databaseUrl, name);
  const given = databaseEnv(process.env, services.databaseUrl);
  const env = appEnv(root, {
    ...process.env,
    MIGRATION_DATABASE_URL: databaseUrl,
    DATABASE_URL: withDatabase(given.DATABASE_URL, name),
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: name,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  });
  const discard = async () => {
    const problems = /** @type {Error[]} */ ([]);
    await dropDatabase(databaseUrl).catch((err) => problems.push(err));
    await deleteRedisKeys(services.redisUrl, name).catch((err) => problems.push(err));
    if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
  };
  return { databaseUrl, redisPrefix: name, env, discard };
}

/**
 * Builds what the stack runs and makes its database ready: under `npm test`, a copy of the run's code-set template,
 * on which the start path then skips the files it holds by checksum and loads the rest, as `npm start` would on a
 * database that has some.
 * @param {string} root @param {{ databaseUrl: string }} services @param {ReturnType<typeof stackTarget>} target
 */
async function prepareTarget(root, services, target) {
  await buildAll(root, { quiet: true });
  const template = usableTemplate(services.databaseUrl);
  if (template) await copyDatabase(target.databaseUrl, template);
  await prepareDatabase(root, target.env, { quiet: true });
}

/**
 * Prepares a stack's database and Redis prefix without starting it; hand the id to startE2eStack through
 * PREPARED_ENV. Nothing is left behind when it fails.
 * @returns {Promise<{ id: string, discard: () => Promise<void> }>}
 */
export async function prepareE2eDatabase(root = repoRoot) {
  const id = randomBytes(4).toString('hex');
  const services = await ensureServices(root);
  const target = stackTarget(root, services, id);
  try {
    await prepareTarget(root, services, target);
  } catch (err) {
    await target.discard().catch(() => {});
    throw err;
  }
  return { id, discard: target.discard };
}

/** The prepared stack's database and Redis prefix, to drop once the browser step is over (or never ran). */
export async function discardPreparedE2e(/** @type {string} */ id, root = repoRoot) {
  await stackTarget(root, await ensureServices(root), preparedId(id)).discard();
}

const preparedId = (/** @type {string} */ id) => {
  if (!/^[0-9a-f]{8}$/.test(id))
    throw new Error(`${PREPARED_ENV} must be the 8 hex digits of a prepared stack, not "${id}"`);
  return id;
};

/**
 * Starts the stack, on the database PREPARED_ENV names when it is set, else on one it prepares now.
 * @returns {Promise<{ webUrl: string, apiUrl: string, databaseUrl: string, redisPrefix: string, logDir: string, stop: () => Promise<void> }>}
 */
export async function startE2eStack(root = repoRoot) {
  const given = process.env[PREPARED_ENV];
  const id = given ? preparedId(given) : randomBytes(4).toString('hex');
  const services = await ensureServices(root);
  const target = stackTarget(root, services, id);
  const { databaseUrl, redisPrefix, env } = target;
  const logDir = join(root, 'tmp', 'e2e', id);
  mkdirSync(logDir, { recursive: true });

  /** @type {ReturnType<typeof launchStack> | undefined} */
  let stack;
  const cleanUp = async () => {
    const problems = /** @type {Error[]} */ ([]);
    if (stack) await stack.group.stop().catch((err) => problems.push(err));
    await target.discard().catch((err) => problems.push(err));
    if (problems.length) throw new Error(`e2e clean-up: ${problems.map((p) => p.message).join('; ')}`);
  };
  const killOnExit = () => stack?.group.killNow();
  process.once('exit', killOnExit);

  try {
    if (!given) await prepareTarget(root, services, target);
    else if (!(await databaseExists(databaseUrl)))
      throw new Error(`${PREPARED_ENV}=${id} names a stack database that does not exist (${redact(databaseUrl)})`);
    stack = launchStack(root, env, { apiPort: await freePort(), webPort: await freePort(), logDir });
    await waitForStack(stack);
  } catch (err) {
    const tails = logTails(logDir);
    await cleanUp().catch(() => {});
    process.removeListener('exit', killOnExit);
    throw new Error(`${/** @type {Error} */ (err).message}${tails ? `\n${tails}` : ''}`, { cause: err });
  }
  const running = stack;
  return {
    webUrl: running.webUrl,
    apiUrl: running.apiUrl,
    databaseUrl,
    redisPrefix,
    logDir,
    stop: async () => {
      await cleanUp();
      process.removeListener('exit', killOnExit);
    },
  };
}
