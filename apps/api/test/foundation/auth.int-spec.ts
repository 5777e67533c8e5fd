import { ApiClient, startTestApp, type TestApp } from '../support/test-app';
import { createUser } from '../support/factories';
import { DEMO_PASSWORD } from '../../src/seed/demo-accounts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_PER_MINUTE: '8' });
});
afterAll(() => t.close());

const client = (ip: string): ApiClient => new ApiClient(t.url, ip);

describe('sign-in', () => {
  it('sets an httpOnly, SameSite session cookie and returns who signed in', async () => {
    const c = client('10.1.0.1');
    const res = await c.post('/api/auth/login', { email: 'Supervisor@Recode.test ', password: 'RecodeDemo!2026' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'supervisor@recode.test', role: 'supervisor' });
    expect(res.body.teamIds).toHaveLength(2);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^recode_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await c.get('/api/auth/me')).body.email).toBe('supervisor@recode.test');
  });

  it('answers an unknown e-mail and a wrong password alike, with no hint which was wrong', async () => {
    const unknown = await client('10.1.0.2').post('/api/auth/login', {
      email: 'nobody@recode.test',
      password: 'RecodeDemo!2026',
    });
    const wrong = await client('10.1.0.3').post('/api/auth/login', {
      email: 'auditor2@recode.test',
      password: 'wrong-password',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'The e-mail or password is incorrect',
      details: [],
    });
  });

  it('names the missing field and rejects malformed JSON with 400', async () => {
    const missing = await client('10.1.0.4').post('/api/auth/login', { email: 'admin@recode.test' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('VALIDATION_FAILED');
    expect(missing.body.error.details).toEqual([{ path: 'body.password', message: 'is required' }]);
    const malformed = await client('10.1.0.4').request(
      'POST',
      '/api/auth/login',
      undefined,
      '{"email": "admin@recode.test",',
    );
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('MALFORMED_JSON');
  });

  it('locks an e-mail after repeated failures, whether or not the account exists, and an admin can unlock it', async () => {
    const user = await createUser(t.db, { role: 'auditor' });
    for (const email of [user.email, 'ghost@recode.test']) {
      const c = client(`10.2.${email.length}.1`);
      for (let i = 0; i < 3; i++)
        expect((await c.post('/api/auth/login', { email, password: 'nope' })).status).toBe(401);
      const locked = await c.post('/api/auth/login', { email, password: user.password });
      expect(locked.status).toBe(423);
      expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    }
    const admin = client('10.2.0.9');
    await admin.login('admin@recode.test');
    expect((await admin.get(`/api/users/${user.id}`)).body.lockedUntil).not.toBeNull();
    expect((await admin.patch(`/api/users/${user.id}`, { unlock: true })).status).toBe(200);
    expect(
      (await client('10.2.0.10').post('/api/auth/login', { email: user.email, password: user.password })).status,
    ).toBe(200);
    const log = await admin.get(`/api/audit-log?action=auth.locked&entityId=${user.id}`);
    expect(log.body.total).toBe(1);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const c = client('10.3.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await c.post('/api/auth/login', { email: `r${i}@recode.test`, password: 'x' })).status);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    // Even the right password waits out the minute: the address is blocked, not the account.
    expect((await c.post('/api/auth/login', { email: 'coder@recode.test', password: DEMO_PASSWORD })).status).toBe(429);
  });

  it('never limits successful sign-ins: a team behind one address signs in at shift start', async () => {
    const c = client('10.3.0.2');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await c.post('/api/auth/login', { email: 'coder@recode.test', password: DEMO_PASSWORD })).status);
    expect(statuses).toEqual(Array(12).fill(200));
    // Failures still count from there on: 8 more are refused as 401, then the address waits.
    for (let i = 0; i < 8; i++)
      expect((await c.post('/api/auth/login', { email: `s${i}@recode.test`, password: 'x' })).status).toBe(401);
    expect((await c.post('/api/auth/login', { email: 'coder@recode.test', password: DEMO_PASSWORD })).status).toBe(429);
  });

  it('logs out: the cookie no longer opens anything', async () => {
    const c = client('10.4.0.1');
    await c.login('auditor@recode.test');
    const cookie = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    c.cookie = cookie;
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('changes a password: checks the current one, ends other sessions, keeps this one', async () => {
    const user = await createUser(t.db, { role: 'coder' });
    const here = client('10.5.0.1');
    const elsewhere = client('10.5.0.2');
    await here.post('/api/auth/login', { email: user.email, password: user.password });
    await elsewhere.post('/api/auth/login', { email: user.email, password: user.password });
    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'not-it',
      newPassword: 'A-new-password-2026',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('body.currentPassword');
    const short = await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0].path).toBe('body.newPassword');
    expect(
      (await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'A-new-password-2026' }))
        .status,
    ).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect(
      (await client('10.5.0.3').post('/api/auth/login', { email: user.email, password: 'A-new-password-2026' })).status,
    ).toBe(200);
  });

  it('stores only an argon2id hash of the password', async () => {
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = 'admin@recode.test'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
