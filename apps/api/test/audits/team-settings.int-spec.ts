import { randomBytes } from 'node:crypto';
import { createFrame } from '../support/audit-factories';
import { createCoder, createTeam, createUser } from '../support/factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { startAuditApp, waitSampled } from './audit-test-kit';

// A team's list of settings limits what its plans draw: a coder of an inpatient team who also has
// outpatient encounters is drawn only on the inpatient ones. The spec's own team, coder and facility.
let t: TestApp;
let admin: ApiClient;
let supervisor: ApiClient;
let teamId: string;
const facility = `FAC-TS-${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  t = await startAuditApp();
  admin = await signedIn(t, 'admin@recode.test');
  const team = await createTeam(t.db);
  teamId = team.id;
  const coder = await createCoder(t.db, { teamId });
  await createFrame(t.db, { coderIds: [coder.id], perCoder: 6, setting: 'inpatient', facility, from: '2026-02-01' });
  await createFrame(t.db, { coderIds: [coder.id], perCoder: 9, setting: 'outpatient', facility, from: '2026-02-01' });
  const lead = await createUser(t.db, { role: 'supervisor', teamIds: [teamId] });
  supervisor = new ApiClient(t.url, '10.9.77.1');
  await supervisor.login(lead.email, lead.password);
}, 120_000);
afterAll(() => t.close());

const plan = {
  name: 'Team settings',
  scope: { facilities: [facility] },
  method: { type: 'simpleRandom', sampleSize: 6 },
  seed: 'ts-1',
  spares: 0,
  exclusionWindowDays: 0,
};

describe('team settings', () => {
  it('draw every setting while the team lists none', async () => {
    const res = await supervisor.post('/api/audit-plans/preview', plan);
    expect(res.status).toBe(200);
    expect(res.body.frameSize).toBe(15);
  });

  it('are set by an admin only, from the known settings, and stored in a fixed order', async () => {
    expect((await supervisor.patch(`/api/teams/${teamId}`, { settings: ['inpatient'] })).status).toBe(403);
    const bad = await admin.patch(`/api/teams/${teamId}`, { settings: ['inpatient', 'surgery'] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toContain('settings');
    expect((await admin.get(`/api/teams/${teamId}`)).body.settings).toEqual([]);

    const set = await admin.patch(`/api/teams/${teamId}`, { settings: ['outpatient', 'inpatient'] });
    expect(set.status).toBe(200);
    expect(set.body.settings).toEqual(['inpatient', 'outpatient']);
    expect((await admin.patch(`/api/teams/${teamId}`, { settings: ['inpatient'] })).body.settings).toEqual([
      'inpatient',
    ]);
  });

  it('limit the frame and the draw of the team’s plan to its settings', async () => {
    const preview = await supervisor.post('/api/audit-plans/preview', plan);
    expect(preview.body.frameSize).toBe(6);

    const created = await supervisor.post('/api/audit-plans', plan);
    expect(created.status).toBe(201);
    const run = await supervisor.post(`/api/audit-plans/${created.body.id}/run`, {});
    expect(run.status).toBe(202);
    expect((await waitSampled(supervisor, run.body.id)).body.status).toBe('in_review');
    const drawn: { setting: string }[] = await t.db.query(
      'SELECT e.setting FROM audit_items ai JOIN encounters e ON e.id = ai.encounter_id WHERE ai.audit_id = $1',
      [run.body.id],
    );
    expect(drawn).toHaveLength(6);
    expect(new Set(drawn.map((d) => d.setting))).toEqual(new Set(['inpatient']));
  });
});
