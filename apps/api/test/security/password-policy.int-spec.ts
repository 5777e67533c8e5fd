import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: ApiClient;
let n = 0;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test', '10.68.0.1');
});
afterAll(() => t.close());

const WEAK = ['password1234', 'aaaaaaaaaaaa', ' '.repeat(12), 'qwertyuiopas'];
const ISSUED = 'Issued-Kestrel-Harbour-41';

function newUser(password: string, displayName = 'Policy Person'): Promise<{ status: number; body: any }> {
  n += 1;
  return admin.post('/api/users', {
    email: `policy.${n}.${Date.now()}@recode.test`,
    displayName,
    role: 'auditor',
    password,
  });
}

function expectWeak(res: { status: number; body: any }, field: string): void {
  expect({ status: res.status, code: res.body.error?.code, path: res.body.error?.details?.[0]?.path }).toEqual({
    status: 400,
    code: 'PASSWORD_TOO_WEAK',
    path: field,
  });
}

describe('one password policy', () => {
  it('refuses common, repeated and blank passwords when an admin creates a user, saying why, and creates no one', async () => {
    const before = (await admin.get('/api/users?pageSize=1')).body.total;
    for (const password of WEAK) expectWeak(await newUser(password), 'body.password');
    const common = await newUser('password1234');
    expect(common.body.error.details[0].message).toMatch(/commonly used password/);
    expect((await newUser(' '.repeat(12))).body.error.details[0].message).toBe('must not be only spaces');
    expect((await admin.get('/api/users?pageSize=1')).body.total).toBe(before);
    // The user's own name is an easy guess.
    expectWeak(await newUser('Wintergreen Applebottom', 'Wintergreen Applebottom'), 'body.password');
    for (const password of ['RecodeDemo!2026', ISSUED]) expect((await newUser(password)).status).toBe(201);
  });

  it('refuses a weak password on an admin reset and keeps the old one', async () => {
    const created = await newUser(ISSUED);
    for (const password of WEAK)
      expectWeak(await admin.patch(`/api/users/${created.body.id}`, { password }), 'body.password');
    expect(
      (await new ApiClient(t.url, '10.68.0.2').post('/api/auth/login', { email: created.body.email, password: ISSUED }))
        .status,
    ).toBe(200);
    expect((await admin.patch(`/api/users/${created.body.id}`, { password: 'Reset-Copper-Willow-58' })).status).toBe(
      200,
    );
  });

  it("refuses a weak new password on a user's own change, naming newPassword", async () => {
    const created = await newUser(ISSUED);
    const user = new ApiClient(t.url, '10.68.0.3');
    await user.login(created.body.email, ISSUED);
    for (const newPassword of WEAK)
      expectWeak(await user.post('/api/auth/password', { currentPassword: ISSUED, newPassword }), 'body.newPassword');
    expect((await user.get('/api/auth/me')).body.mustChangePassword).toBe(true);
    expect(
      (await user.post('/api/auth/password', { currentPassword: ISSUED, newPassword: 'Changed-Saffron-Ridge-93' }))
        .status,
    ).toBe(204);
  });
});
