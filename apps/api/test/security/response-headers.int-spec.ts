import type { ChildProcess } from 'node:child_process';
import { signedIn, startTestApp, type TestApp } from '../support/test-app';
import { startWebServer } from '../support/web-servers';

/** Patient data must not stay in a browser or proxy cache, and the app's pages must not be framed. */
let t: TestApp;
const children: ChildProcess[] = [];

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await t.close();
});

it('every API answer says Cache-Control: no-store, errors and refusals included', async () => {
  const admin = await signedIn(t, 'admin@recode.test');
  const anonymous = await fetch(`${t.url}/api/encounters`);
  const answers = [
    await admin.get('/api/encounters'),
    await admin.get('/api/auth/me'),
    await admin.get('/api/encounters/00000000-0000-4000-8000-000000000000'),
    anonymous,
  ];
  expect(answers.map((r) => r.status)).toEqual([200, 200, 404, 401]);
  for (const res of answers) expect(res.headers.get('cache-control')).toBe('no-store');
});

it.each(['vite-preview', 'docker'] as const)(
  'the %s web server sends its pages with a CSP that forbids framing',
  async (kind) => {
    const url = await startWebServer(kind, t.url, children);
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Recode</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  },
  90_000,
);
