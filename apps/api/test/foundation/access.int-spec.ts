import { createCoder, createTeam, createUser } from '../support/factories';
import { ApiClient, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let teamA: { id: string };
let teamB: { id: string };
let coderA: { id: string };
let coderA2: { id: string };
let coderB: { id: string };
const as = async (user: { email: string; password: string }, ip: string): Promise<ApiClient> => {
  const c = new ApiClient(t.url, ip);
  await c.post('/api/auth/login', { email: user.email, password: user.password });
  return c;
};

beforeAll(async () => {
  t = await startTestApp();
  teamA = await createTeam(t.db);
  teamB = await createTeam(t.db);
  coderA = await createCoder(t.db, { teamId: teamA.id });
  coderA2 = await createCoder(t.db, { teamId: teamA.id });
  coderB = await createCoder(t.db, { teamId: teamB.id });
});
afterAll(() => t.close());

describe('a coder', () => {
  let c: ApiClient;
  beforeAll(async () => {
    c = await as(await createUser(t.db, { role: 'coder', coderId: coderA.id, teamIds: [teamA.id] }), '10.20.0.1');
  });

  it('sees their own coder record', async () => {
    const res = await c.get(`/api/coders/${coderA.id}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(coderA.id);
    const list = await c.get('/api/coders');
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([coderA.id]);
  });

  it("gets 404 for another coder's record, even a teammate's, with nothing leaked", async () => {
    for (const other of [coderA2.id, coderB.id]) {
      const res = await c.get(`/api/coders/${other}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: { code: 'CODER_NOT_FOUND', message: 'Coder not found', details: [] } });
    }
    const missing = await c.get('/api/coders/00000000-0000-4000-8000-000000000000');
    expect(missing.body).toEqual((await c.get(`/api/coders/${coderB.id}`)).body);
  });

  it('is refused the admin and supervisor areas', async () => {
    for (const path of ['/api/users', '/api/teams', '/api/audit-log']) expect((await c.get(path)).status).toBe(403);
    expect((await c.post('/api/coders', { externalId: 'Z1', displayName: 'Z' })).status).toBe(403);
  });
});

describe('a supervisor', () => {
  let s: ApiClient;
  beforeAll(async () => {
    s = await as(await createUser(t.db, { role: 'supervisor', teamIds: [teamA.id] }), '10.21.0.1');
  });

  it("sees only their teams' coders", async () => {
    const list = await s.get(`/api/coders?pageSize=200`);
    const ids = list.body.items.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining([coderA.id, coderA2.id]));
    expect(ids).not.toContain(coderB.id);
    expect((await s.get(`/api/coders/${coderB.id}`)).status).toBe(404);
    expect((await s.get('/api/teams')).body.map((x: { id: string }) => x.id)).toEqual([teamA.id]);
    expect((await s.get(`/api/teams/${teamB.id}`)).status).toBe(404);
  });

  it('cannot manage users or teams', async () => {
    expect((await s.get('/api/users')).status).toBe(403);
    expect((await s.post('/api/teams', { name: 'Mine' })).status).toBe(403);
  });
});

describe('an auditor', () => {
  it('is refused the coder directory and admin areas', async () => {
    const a = await as(await createUser(t.db, { role: 'auditor' }), '10.22.0.1');
    for (const path of ['/api/coders', '/api/users', '/api/teams', '/api/audit-log'])
      expect((await a.get(path)).status).toBe(403);
    expect((await a.get('/api/auth/me')).status).toBe(200);
  });
});

describe('without a session', () => {
  it('every route but sign-in, health and docs answers 401', async () => {
    const doc = (await new ApiClient(t.url).get('/api/docs/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const open = new Set(['post /api/auth/login', 'post /api/auth/logout', 'get /health', 'get /ready']);
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const key = `${method} ${path}`;
        if (open.has(key)) continue;
        const concrete = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await new ApiClient(t.url).request(
          method.toUpperCase(),
          concrete,
          method === 'get' ? undefined : {},
        );
        expect({ key, status: res.status }).toEqual({ key, status: 401 });
        checked.push(key);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(12);
  });
});

describe('deactivation', () => {
  it('ends the user’s sessions and stops sign-in', async () => {
    const user = await createUser(t.db, { role: 'auditor' });
    const u = await as(user, '10.23.0.1');
    const admin = await as({ email: 'admin@recode.test', password: 'RecodeDemo!2026' }, '10.23.0.2');
    expect((await admin.patch(`/api/users/${user.id}`, { active: false })).body.active).toBe(false);
    expect((await u.get('/api/auth/me')).status).toBe(401);
    expect(
      (await new ApiClient(t.url, '10.23.0.3').post('/api/auth/login', { email: user.email, password: user.password }))
        .status,
    ).toBe(401);
  });
});
