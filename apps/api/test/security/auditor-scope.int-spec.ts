import { createEncounter } from '../support/audit-factories';
import { createCoder, createTeam, createUser } from '../support/factories';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

/**
 * Role × resource: which encounters each role reads through the encounter routes (detail, list,
 * list filtered by coder, coder options). Auditors see the encounters of the audits assigned to them
 * and of their teams' coders, nothing else.
 */
let t: TestApp;
let teamA: { id: string };
let coderA: { id: string };
let coderB: { id: string };
let coderC: { id: string };
const enc: Record<'audited' | 'auditedPeer' | 'team' | 'other', string> = {
  audited: '',
  auditedPeer: '',
  team: '',
  other: '',
};
const users: Record<string, { email: string; password: string; id: string }> = {};

async function client(name: string): Promise<ApiClient> {
  const c = new ApiClient(t.url, `10.88.${Object.keys(users).indexOf(name) + 1}.1`);
  await c.login(users[name]!.email, users[name]!.password);
  return c;
}

beforeAll(async () => {
  t = await startTestApp();
  teamA = await createTeam(t.db);
  const teamB = await createTeam(t.db);
  coderA = await createCoder(t.db, { teamId: teamA.id });
  coderB = await createCoder(t.db, { teamId: teamB.id });
  coderC = await createCoder(t.db, { teamId: teamB.id });
  enc.audited = (await createEncounter(t.db, { coderId: coderB.id })).encounterId;
  enc.auditedPeer = (await createEncounter(t.db, { coderId: coderB.id })).encounterId;
  enc.team = (await createEncounter(t.db, { coderId: coderA.id })).encounterId;
  enc.other = (await createEncounter(t.db, { coderId: coderC.id })).encounterId;
  users.onAudit = await createUser(t.db, { role: 'auditor' });
  users.peer = await createUser(t.db, { role: 'auditor' });
  users.onTeam = await createUser(t.db, { role: 'auditor', teamIds: [teamA.id] });
  users.nowhere = await createUser(t.db, { role: 'auditor' });
  users.supervisor = await createUser(t.db, { role: 'supervisor', teamIds: [teamA.id] });
  users.coder = await createUser(t.db, { role: 'coder', coderId: coderA.id });
  // One audit: the first encounter is onAudit's item, the second its peer auditor's.
  const [{ id: auditId }] = await t.db.query(
    `INSERT INTO audits (name, status, team_ids, plan_snapshot) VALUES ('Scope audit', 'in_review', $1, '{}') RETURNING id`,
    [[teamB.id]],
  );
  for (const [encounterId, auditor, order] of [
    [enc.audited, users.onAudit.id, 1],
    [enc.auditedPeer, users.peer.id, 2],
  ] as const) {
    await t.db.query(
      `INSERT INTO audit_items (audit_id, encounter_version_id, encounter_id, coder_id, setting, encounter_date, fiscal_year, stratum, draw_order, status, auditor_id)
       SELECT $1, e.current_version_id, e.id, e.coder_id, e.setting, e.encounter_date, e.fiscal_year, 'all', $3, 'assigned', $2 FROM encounters e WHERE e.id = $4`,
      [auditId, auditor, order, encounterId],
    );
  }
});
afterAll(() => t.close());

const EXPECTED: Record<string, (keyof typeof enc)[]> = {
  onAudit: ['audited', 'auditedPeer'],
  peer: ['audited', 'auditedPeer'],
  onTeam: ['team'],
  nowhere: [],
  supervisor: ['team'],
  coder: ['team'],
};

describe.each(Object.keys(EXPECTED))('%s', (name) => {
  const visible = (): string[] => EXPECTED[name]!.map((k) => enc[k]).sort();

  it('opens exactly the encounters in their scope; the rest are not found', async () => {
    const c = await client(name);
    for (const [key, id] of Object.entries(enc)) {
      const res = await c.get(`/api/encounters/${id}`);
      expect({ key, status: res.status }).toEqual({ key, status: visible().includes(id) ? 200 : 404 });
    }
  });

  it('lists exactly those encounters, whatever coder filter they pass', async () => {
    const c = await client(name);
    const all = await c.get('/api/encounters?limit=200');
    expect(
      all.body.items
        .map((e: { id: string }) => e.id)
        .filter((id: string) => Object.values(enc).includes(id))
        .sort(),
    ).toEqual(visible());
    const other = await c.get(`/api/encounters?coderId=${coderC.id}`);
    expect(other.body.items).toEqual([]);
  });

  it('is offered only the coders of those encounters as filters', async () => {
    const c = await client(name);
    const ids = (await c.get('/api/encounters/coders')).body.items.map((x: { id: string }) => x.id);
    expect(ids).not.toContain(coderC.id);
    if (EXPECTED[name]!.includes('audited')) expect(ids).toContain(coderB.id);
    if (EXPECTED[name]!.includes('team')) expect(ids).toContain(coderA.id);
  });
});

it('an admin sees every encounter', async () => {
  const admin = await signedIn(t, 'admin@recode.test');
  for (const id of Object.values(enc)) expect((await admin.get(`/api/encounters/${id}`)).status).toBe(200);
});
