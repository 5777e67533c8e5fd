// A throw-away copy of the product for browser tests: its own database, Redis prefix and ports.
// Used by test/e2e/support/global-setup.ts and global-teardown.ts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll } from './build.mjs';
import { copyDatabase, deleteRedisKeys, dropDatabase } from './database.mjs';
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
 * @returns {Promise<{ webUrl: string, apiUrl: string, databaseUrl: string, redisPrefix: string, logDir: string, stop: () => Promise<void> }>}
 */
export async function startE2eStack(root = repoRoot) {
  const id = randomBytes(4).toString('hex');
  const services = await ensureServices(root);
  // The owner's URL (creates, migrates, drops; specs assert through it); the stack runs as the runtime role.
  const databaseUrl = withDatabase(services.databaseUrl, `recode_e2e_${id}`);
  const redisPrefix = `recode_e2e_${id}`;
  const given = databaseEnv(process.env, services.databaseUrl);
  const env = appEnv(root, {
    ...process.env,
    MIGRATION_DATABASE_URL: databaseUrl,
    DATABASE_URL: withDatabase(given.DATABASE_URL, `recode_e2e_${id}`),
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: redisPrefix,
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  });
  const logDir = join(root, 'tmp', 'e2e', id);
  mkdirSync(logDir, { recursive: true });

  /** @type {ReturnType<typeof launchStack> | undefined} */
  let stack;
  const cleanUp = async () => {
    const problems = /** @type {Error[]} */ ([]);
    if (stack) await stack.group.stop().catch((err) => problems.push(err));
    await dropDatabase(databaseUrl).catch((err) => problems.push(err));
    await deleteRedisKeys(services.redisUrl, redisPrefix).catch((err) => problems.push(err));
    if (problems.length) throw new Error(`e2e clean-up: ${problems.map((p) => p.message).join('; ')}`);
  };
  const killOnExit = () => stack?.group.killNow();
  process.once('exit', killOnExit);

  try {
    await buildAll(root, { quiet: true });
    // Under `npm test`, a copy of the run's code-set template: the start path below then skips the files it
    // holds by checksum and loads the rest, as `npm start` would on a database that has some.
    const template = usableTemplate(services.databaseUrl);
    if (template) await copyDatabase(databaseUrl, template);
    await prepareDatabase(root, env, { quiet: true });
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
