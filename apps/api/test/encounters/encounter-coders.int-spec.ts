import { createCoder, createTeam, createUser } from '../support/factories';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

// The encounters list's coder and team filter options follow the same scope as the encounters.
let t: TestApp;
let teamA: { id: string; name: string };
let teamB: { id: string; name: string };
let coderA: { id: string; externalId: string };
let coderB: { id: string; externalId: string };

const signIn = async (
  role: 'coder' | 'supervisor' | 'auditor',
  opts: { teamIds?: string[]; coderId?: string } = {},
): Promise<ApiClient> => {
  const user = await createUser(t.db, { role, ...opts });
  const client = new ApiClient(t.url, `10.41.${Math.floor(Math.random() * 250)}.1`);
  await client.login(user.email, user.password);
  return client;
};

const idsOf = (body: { items: { id: string }[] }): string[] => body.items.map((item) => item.id);

beforeAll(async () => {
  t = await startTestApp();
  teamA = await createTeam(t.db);
  teamB = await createTeam(t.db);
  coderA = await createCoder(t.db, { teamId: teamA.id });
  coderB = await createCoder(t.db, { teamId: teamB.id });
});
afterAll(() => t.close());

describe('GET /api/encounters/coders', () => {
  it("gives an auditor their teams' coders with team names (audits' coders: security/auditor-scope), although auditors may not list coders or teams", async () => {
    const auditor = await signIn('auditor', { teamIds: [teamA.id] });
    const res = await auditor.get('/api/encounters/coders');
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: coderA.id,
        externalId: coderA.externalId,
        displayName: `Coder ${coderA.externalId}`,
        teamId: teamA.id,
        teamName: teamA.name,
      },
    ]);
    const onNothing = await signIn('auditor');
    expect(idsOf((await onNothing.get('/api/encounters/coders')).body)).toEqual([]);
    expect((await auditor.get('/api/coders')).status).toBe(403);
  });

  it('gives a supervisor only the coders of their teams', async () => {
    const supervisor = await signIn('supervisor', { teamIds: [teamA.id] });
    const res = await supervisor.get('/api/encounters/coders');
    expect(res.status).toBe(200);
    expect(idsOf(res.body)).toContain(coderA.id);
    expect(idsOf(res.body)).not.toContain(coderB.id);
    expect(res.body.items.every((item: { teamId: string }) => item.teamId === teamA.id)).toBe(true);
  });

  it('gives a coder only themselves', async () => {
    const coder = await signIn('coder', { coderId: coderB.id });
    const res = await coder.get('/api/encounters/coders');
    expect(res.status).toBe(200);
    expect(idsOf(res.body)).toEqual([coderB.id]);
  });

  it('lists every coder for an admin, and nothing for someone signed out', async () => {
    const admin = await signedIn(t, 'admin@recode.test');
    const res = await admin.get('/api/encounters/coders');
    expect(idsOf(res.body)).toEqual(expect.arrayContaining([coderA.id, coderB.id]));
    expect((await new ApiClient(t.url).get('/api/encounters/coders')).status).toBe(401);
  });
});
