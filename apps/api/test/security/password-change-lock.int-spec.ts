import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  admin = await signedIn(t, 'admin@recode.test', '10.67.0.1');
});
afterAll(() => t.close());

const ISSUED = 'Issued-Kestrel-Harbour-41';

describe('wrong current passwords on POST /api/auth/password', () => {
  it('are audit-logged, count toward the sign-in lock, and lock the account even against the right password', async () => {
    const email = `changer.${Date.now()}@recode.test`;
    const created = await admin.post('/api/users', {
      email,
      displayName: 'Password Changer',
      role: 'auditor',
      password: ISSUED,
    });
    expect(created.status).toBe(201);
    const user = new ApiClient(t.url, '10.67.0.2');
    await user.login(email, ISSUED);

    for (let i = 1; i <= 2; i += 1) {
      const res = await user.post('/api/auth/password', {
        currentPassword: `guess-number-${i}-wrong`,
        newPassword: 'Fresh-Lantern-Meadow-77',
      });
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'PASSWORD_MISMATCH' });
    }
    const third = await user.post('/api/auth/password', {
      currentPassword: 'guess-number-3-wrong',
      newPassword: 'Fresh-Lantern-Meadow-77',
    });
    expect({ status: third.status, code: third.body.error?.code }).toEqual({ status: 423, code: 'ACCOUNT_LOCKED' });

    const right = await user.post('/api/auth/password', {
      currentPassword: ISSUED,
      newPassword: 'Fresh-Lantern-Meadow-77',
    });
    expect({ status: right.status, code: right.body.error?.code }).toEqual({ status: 423, code: 'ACCOUNT_LOCKED' });
    expect(right.body.error.message).toMatch(/Try again in 15 minutes/);

    const signIn = await new ApiClient(t.url, '10.67.0.3').post('/api/auth/login', { email, password: ISSUED });
    expect({ status: signIn.status, code: signIn.body.error?.code }).toEqual({ status: 423, code: 'ACCOUNT_LOCKED' });

    const failed = await admin.get(
      `/api/audit-log?action=auth.password_change_failed&entityId=${created.body.id}&pageSize=50`,
    );
    expect(failed.status).toBe(200);
    expect(failed.body.items).toHaveLength(3);
    expect(failed.body.items[0]).toMatchObject({
      actorId: created.body.id,
      entityType: 'user',
      ip: '10.67.0.2',
      details: { reason: 'wrong_password' },
    });
    const locked = await admin.get(`/api/audit-log?action=auth.locked&entityId=${created.body.id}`);
    expect(locked.body.items).toHaveLength(1);
    expect((await admin.get(`/api/users/${created.body.id}`)).body.lockedUntil).not.toBeNull();

    // The administrator's unlock opens the change again.
    expect((await admin.patch(`/api/users/${created.body.id}`, { unlock: true })).status).toBe(200);
    expect(
      (await user.post('/api/auth/password', { currentPassword: ISSUED, newPassword: 'Fresh-Lantern-Meadow-77' }))
        .status,
    ).toBe(204);
  });
});
