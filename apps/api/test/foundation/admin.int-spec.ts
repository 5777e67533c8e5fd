import { Client } from 'pg';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test');
});
afterAll(() => t.close());

describe('user administration', () => {
  it('creates a user who must change the password, and refuses a duplicate e-mail', async () => {
    const team = (await admin.post('/api/teams', { name: `Oncology ${Date.now()}` })).body;
    const body = {
      email: `new.auditor.${Date.now()}@recode.test`,
      displayName: 'New Auditor',
      role: 'auditor',
      password: 'Initial-password-1',
      teamIds: [team.id],
    };
    const created = await admin.post('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: body.email,
      role: 'auditor',
      active: true,
      teamIds: [team.id],
      coderId: null,
    });
    const dup = await admin.post('/api/users', { ...body, email: body.email.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({
      code: 'USER_EMAIL_TAKEN',
      details: [{ path: 'body.email', message: 'is already in use' }],
    });
    const me = await new ApiClient(t.url, '10.30.0.1').post('/api/auth/login', {
      email: body.email,
      password: body.password,
    });
    expect(me.body.mustChangePassword).toBe(true);
  });

  it('names every bad field of a user', async () => {
    const res = await admin.post('/api/users', {
      email: 'not-an-email',
      displayName: '',
      role: 'overlord',
      password: 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.displayName',
      'body.email',
      'body.password',
      'body.role',
    ]);
  });

  it('rejects unknown teams and coders by name of field, and writes nothing', async () => {
    const email = `ghost.${Date.now()}@recode.test`;
    const res = await admin.post('/api/users', {
      email,
      displayName: 'G',
      role: 'coder',
      password: 'Initial-password-1',
      teamIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'TEAM_NOT_FOUND', details: [{ path: 'body.teamIds' }] });
    expect((await admin.get(`/api/users?q=${email}`)).body.total).toBe(0);
  });

  it('links a coder record to a user, once', async () => {
    const coder = (await admin.post('/api/coders', { externalId: `EXT-${Date.now()}`, displayName: 'Linked Coder' }))
      .body;
    const first = await admin.post('/api/users', {
      email: `l1.${Date.now()}@recode.test`,
      displayName: 'L1',
      role: 'coder',
      password: 'Initial-password-1',
      coderId: coder.id,
    });
    expect(first.body.coderId).toBe(coder.id);
    expect((await admin.get(`/api/coders/${coder.id}`)).body.userId).toBe(first.body.id);
    const second = await admin.post('/api/users', {
      email: `l2.${Date.now()}@recode.test`,
      displayName: 'L2',
      role: 'coder',
      password: 'Initial-password-1',
      coderId: coder.id,
    });
    expect(second.status).toBe(409);
  });

  it('will not let an admin lock themselves out', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    expect((await admin.patch(`/api/users/${me.id}`, { active: false })).status).toBe(400);
    expect((await admin.patch(`/api/users/${me.id}`, { role: 'coder' })).status).toBe(400);
  });

  it('renames and deactivates teams, refusing duplicate names', async () => {
    const a = (await admin.post('/api/teams', { name: `Cardiology ${Date.now()}` })).body;
    const b = (await admin.post('/api/teams', { name: `Surgery ${Date.now()}` })).body;
    expect((await admin.patch(`/api/teams/${b.id}`, { name: a.name })).status).toBe(409);
    const off = await admin.patch(`/api/teams/${b.id}`, { active: false });
    expect(off.body.active).toBe(false);
    expect((await admin.patch(`/api/teams/${b.id}`, { colour: 'red' })).status).toBe(400);
  });
});

describe('audit trail', () => {
  it('records who changed what, from where, and admins can filter it', async () => {
    const team = (await admin.post('/api/teams', { name: `Audit trail ${Date.now()}` })).body;
    const res = await admin.get(`/api/audit-log?entityType=team&entityId=${team.id}`);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      action: 'team.created',
      actorEmail: 'admin@recode.test',
      entityId: team.id,
      ip: admin.ip,
    });
    expect(res.body.items[0].requestId).toEqual(expect.any(String));
  });

  it('logs failed sign-ins with the e-mail tried', async () => {
    await new ApiClient(t.url, '10.31.0.1').post('/api/auth/login', { email: 'typo@recode.test', password: 'x' });
    const res = await admin.get('/api/audit-log?action=auth.login_failed&pageSize=200');
    expect(res.body.items.some((e: { actorEmail: string }) => e.actorEmail === 'typo@recode.test')).toBe(true);
  });

  it('cannot be altered or deleted, even directly in the database', async () => {
    // The app's role may not (permission denied, see security/runtime-role.int-spec.ts); the owner is stopped by the trigger.
    await expect(t.db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/permission denied/);
    const owner = new Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await owner.connect();
    try {
      await expect(owner.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(owner.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
