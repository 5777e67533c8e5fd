import type { ChildProcess } from 'node:child_process';
import type Redis from 'ioredis';
import { REDIS } from '../../src/common/redis.module';
import { startTestApp, type TestApp } from '../support/test-app';
import { startWebServer } from '../support/web-servers';

/**
 * Both web servers in front of the API (the Vite server `npm start` runs, and docker/web-server.mjs)
 * must overwrite X-Forwarded-For with the real peer, so a client rotating the header is still one
 * address to the sign-in limit and in the audit log.
 */
let t: TestApp;
const children: ChildProcess[] = [];

beforeAll(async () => {
  t = await startTestApp({ LOGIN_RATE_PER_MINUTE: '5' });
});
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await t.close();
});

/** Failed sign-ins through the web server, each claiming a different address and e-mail. */
async function rotatingFailures(url: string, count: number, tag: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
      body: JSON.stringify({ email: `nobody-${tag}-${i}@recode.test`, password: 'wrong-password-here' }),
    });
    statuses.push(res.status);
  }
  return statuses;
}

it.each(['vite', 'docker'] as const)(
  'the %s web server: rotating X-Forwarded-For does not escape the per-address sign-in limit',
  async (kind) => {
    const url = await startWebServer(kind, t.url, children);
    // Each web server starts with a clean count for its (loopback) address.
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.config.REDIS_PREFIX}:login:rate:*`);
    if (keys.length) await redis.del(...keys.map((k) => k.slice(t.config.REDIS_PREFIX.length + 1)));
    const statuses = await rotatingFailures(url, 8, kind);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const logged = await t.db.query(
      `SELECT DISTINCT ip FROM audit_log WHERE action = 'auth.login_failed' AND actor_email LIKE $1`,
      [`nobody-${kind}-%`],
    );
    expect(logged.map((r: { ip: string }) => r.ip.replace(/^::ffff:/, ''))).toEqual(['127.0.0.1']);
  },
  90_000,
);
