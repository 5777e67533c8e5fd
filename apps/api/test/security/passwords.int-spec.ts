import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: ApiClient;
let n = 0;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test', '10.66.0.1');
});
afterAll(() => t.close());

/** A user made by the admin (so they must change the issued password), signed in. */
async function issuedUser(password = 'Initial-password-1'): Promise<{ client: ApiClient; email: string; id: string }> {
  n += 1;
  const email = `issued.${n}.${Date.now()}@recode.test`;
  const created = await admin.post('/api/users', { email, displayName: `Issued ${n}`, role: 'auditor', password });
  expect(created.status).toBe(201);
  const client = new ApiClient(t.url, `10.66.${n}.2`);
  await client.login(email, password);
  return { client, email, id: created.body.id };
}

describe('an admin-issued password', () => {
  it('opens only the session, the password change and sign-out until it is changed', async () => {
    const { client } = await issuedUser();
    expect((await client.get('/api/auth/me')).body.mustChangePassword).toBe(true);
    for (const path of ['/api/encounters', '/api/audits', '/api/notifications']) {
      const res = await client.get(path);
      expect({ path, status: res.status, code: res.body.error?.code }).toEqual({
        path,
        status: 403,
        code: 'PASSWORD_CHANGE_REQUIRED',
      });
    }
    expect(
      (
        await client.post('/api/auth/password', {
          currentPassword: 'Initial-password-1',
          newPassword: 'A-new-password-2026',
        })
      ).status,
    ).toBe(204);
    expect((await client.get('/api/encounters')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBeLessThan(300);
  });
});
