// Finds PostgreSQL and Redis, or starts them: local server, then Docker, then a message naming what to install.
import { existsSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { info, ok, UserFacingError } from './log.mjs';
import { run, which } from './run.mjs';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from './env.mjs';

/** Docker's postgres service uses a password; the local one trusts 127.0.0.1 (see docker/compose.yml). */
const DOCKER_DATABASE_URL = 'postgres://postgres:recode@127.0.0.1:5432/recode';

/** @returns {Promise<boolean>} whether something accepts TCP connections at host:port */
export function probeTcp(/** @type {string} */ host, /** @type {number} */ port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (/** @type {boolean} */ result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitForTcp(/** @type {string} */ host, /** @type {number} */ port, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probeTcp(host, port)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** @param {string} url @param {number} defaultPort */
export function hostAndPort(url, defaultPort) {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(parsed.port) || defaultPort };
}

const isLocal = (/** @type {string} */ host) => ['127.0.0.1', 'localhost', '::1'].includes(host);

async function dockerAnswers() {
  return Boolean(which('docker')) && (await run('docker', ['info'], { quiet: true })).code === 0;
}

/** @typedef {{ name: string, url: string, defaultPort: number, startLocal: () => Promise<boolean>, dockerService: string, dockerUrl: string, install: { apt: string, brew: string } }} ServiceSpec */

/** @param {ServiceSpec} spec @param {boolean} explicit whether the URL came from the environment @param {string} root */
async function ensureService(spec, explicit, root) {
  const { host, port } = hostAndPort(spec.url, spec.defaultPort);
  if (await probeTcp(host, port)) return spec.url;
  if (!isLocal(host)) {
    throw new UserFacingError(
      `${spec.name} does not answer at ${host}:${port} (from the URL you set). Start it, or fix the URL.`,
    );
  }
  info(`${spec.name} is not running at ${host}:${port}; trying to start it…`);
  if ((await spec.startLocal()) && (await waitForTcp(host, port))) {
    ok(`Started the local ${spec.name}`);
    return spec.url;
  }
  if (await dockerAnswers()) {
    const compose = join(root, 'docker', 'compose.yml');
    const result = await run('docker', ['compose', '-f', compose, 'up', '-d', spec.dockerService], { quiet: true });
    if (result.code === 0 && (await waitForTcp(host, port, 60000))) {
      ok(`Started ${spec.name} in Docker (docker/compose.yml, service ${spec.dockerService})`);
      return explicit ? spec.url : spec.dockerUrl;
    }
  }
  throw new UserFacingError(
    `${spec.name} is not reachable at ${host}:${port} and could not be started.\n` +
      `  Install it (Debian/Ubuntu: apt-get install ${spec.install.apt}; macOS: brew install ${spec.install.brew}),\n` +
      `  or run a Docker engine (then: docker compose -f docker/compose.yml up -d ${spec.dockerService}),\n` +
      `  or set ${spec.name === 'PostgreSQL' ? 'MIGRATION_DATABASE_URL (and DATABASE_URL)' : 'REDIS_URL'} to a server that is running.`,
  );
}

async function startLocalPostgres() {
  if (!which('pg_ctlcluster') || !existsSync('/etc/postgresql')) return false;
  for (const version of readdirSync('/etc/postgresql').sort().reverse()) {
    const result = await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { quiet: true });
    if (result.code === 0) return true;
  }
  return false;
}

async function startLocalRedis() {
  if (!which('redis-server')) return false;
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no'];
  return (await run('redis-server', args, { quiet: true })).code === 0;
}

/**
 * Makes sure PostgreSQL and Redis answer. Uses DATABASE_URL / REDIS_URL when set.
 * @returns {Promise<{ databaseUrl: string, redisUrl: string }>}
 */
export async function ensureServices(/** @type {string} */ root, env = process.env) {
  const databaseUrl = await ensureService(
    {
      name: 'PostgreSQL',
      // The owner's URL: the one that may create the database and run migrations.
      url: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || DEFAULT_DATABASE_URL,
      defaultPort: 5432,
      startLocal: startLocalPostgres,
      dockerService: 'postgres',
      dockerUrl: DOCKER_DATABASE_URL,
      install: { apt: 'postgresql-15', brew: 'postgresql@15' },
    },
    Boolean(env.MIGRATION_DATABASE_URL || env.DATABASE_URL),
    root,
  );
  const redisUrl = await ensureService(
    {
      name: 'Redis',
      url: env.REDIS_URL || DEFAULT_REDIS_URL,
      defaultPort: 6379,
      startLocal: startLocalRedis,
      dockerService: 'redis',
      dockerUrl: DEFAULT_REDIS_URL,
      install: { apt: 'redis-server', brew: 'redis' },
    },
    Boolean(env.REDIS_URL),
    root,
  );
  return { databaseUrl, redisUrl };
}
