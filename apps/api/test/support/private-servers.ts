import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { freePort } from './web-servers';

/**
 * A PostgreSQL 15 cluster and a Redis server of a spec's own, in a temp directory on free ports, so the
 * spec may restart them (the shared servers are never touched). PostgreSQL refuses to run as root: as
 * root, the cluster runs as the `postgres` system user.
 */
export const PG_BIN = process.env.RECODE_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Why the private servers cannot run here, or null when they can. */
export function privateServersMissing(): string | null {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((b) => !existsSync(path.join(PG_BIN, b)));
  if (missing.length) return `no ${missing.join(', ')} in ${PG_BIN} (set RECODE_PG_BIN)`;
  for (const b of ['redis-server', 'redis-cli']) if (spawnSync(b, ['--version']).status !== 0) return `no ${b} on PATH`;
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0)
    return 'running as root without a postgres system user to run the cluster as';
  return null;
}

export interface PrivatePostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> (trust authentication, local only). */
  urlFor(database: string, user?: string): string;
  /** `pg_ctl restart -m immediate`: a crash for every session, then crash recovery; resolves once it accepts connections. */
  restartImmediate(): Promise<number>;
  stop(): void;
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** SIGKILL, then a new server on the same port and append-only file; resolves once it answers PING. */
  killAndRestart(): Promise<number>;
  stop(): void;
}

function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'recode-pg-'));
  const user = runAs();
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid ?? user.uid);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  const port = await freePort();
  const bin = (name: string): string => path.join(PG_BIN, name);
  const run = (name: string, args: string[]): void => {
    const r = spawnSync(bin(name), args, { ...user, encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // fsync off: a process crash loses nothing the OS has; only a machine crash would, and none is simulated.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start']);
  let stopped = false;
  return {
    port,
    urlFor: (database, who = 'postgres') => `postgres://${who}@127.0.0.1:${port}/${database}`,
    restartImmediate: async () => {
      const started = Date.now();
      // spawn, not spawnSync: the caller's event loop keeps running (the in-process API, pollers).
      await new Promise<void>((resolve, reject) => {
        const child = spawn(bin('pg_ctl'), ['-D', data, '-l', log, '-m', 'immediate', '-w', '-t', '60', 'restart'], {
          ...user,
          cwd: dir,
          stdio: 'ignore',
        });
        child.once('error', reject);
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl restart exited ${code}`))));
      });
      return Date.now() - started;
    },
    stop: () => {
      if (!stopped) spawnSync(bin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...user, cwd: dir });
      stopped = true;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'recode-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''];
  let server: ChildProcess;
  const start = async (): Promise<void> => {
    server = spawn('redis-server', args, { cwd: dir, stdio: 'ignore' });
    for (let i = 0; i < 300; i += 1) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };
  const kill = async (): Promise<void> => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    killAndRestart: async () => {
      const started = Date.now();
      await kill();
      await start();
      return Date.now() - started;
    },
    stop: () => {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
