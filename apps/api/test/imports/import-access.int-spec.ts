import { createCoder, createTeam, createUser } from '../support/factories';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';
import { codeLinesCsv, upload } from './import-kit';

// No worker runs in this file: uploads stay queued, which is what the cancel test needs.
let t: TestApp;
let admin: ApiClient;
const csv = codeLinesCsv([
  ['acc', 'A1', 'North', 'profee', '', '', '2026-03-02', 'Aetna', 'C002', '', '90', 'ICD-10-CM', 'I10', '1', 'Y'],
]);

const as = async (role: 'coder' | 'supervisor' | 'auditor'): Promise<ApiClient> => {
  const team = await createTeam(t.db);
  const coder = await createCoder(t.db, { teamId: team.id });
  const user = await createUser(t.db, { role, teamIds: [team.id], coderId: role === 'coder' ? coder.id : null });
  const client = new ApiClient(t.url, `10.40.${Math.floor(Math.random() * 250)}.1`);
  await client.login(user.email, user.password);
  return client;
};

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test');
});
afterAll(() => t.close());

describe('who may import', () => {
  it.each(['coder', 'supervisor', 'auditor'] as const)('a %s cannot upload (403) nor see imports', async (role) => {
    const client = await as(role);
    const res = await upload(client, { name: 'x.csv', content: csv });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect((await client.get('/api/imports')).status).toBe(403);
  });

  it('nobody signed out can', async () => {
    const anonymous = new ApiClient(t.url);
    expect((await upload(anonymous, { name: 'x.csv', content: csv })).status).toBe(401);
  });
});

describe('an admin', () => {
  it('gets 202 with an import id at once, and sees it in the history, queued', async () => {
    const res = await upload(admin, { name: 'queued.csv', content: csv }, { layout: 'code-lines', source: 'acc' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ importId: expect.any(String) });
    const history = await admin.get('/api/imports?pageSize=5');
    expect(history.body.items[0]).toMatchObject({
      id: res.body.importId,
      fileName: 'queued.csv',
      status: 'queued',
      requestedLayout: 'code-lines',
      source: 'acc',
      createdBy: { displayName: 'Avery Admin' },
    });
    const [audit] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [res.body.importId]);
    expect(audit.action).toBe('import.created');
  });

  it('cancels a queued import at once, and cannot cancel it twice', async () => {
    const res = await upload(admin, { name: 'cancel.csv', content: csv });
    const cancelled = await admin.post(`/api/imports/${res.body.importId}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelRequested: true });
    const again = await admin.post(`/api/imports/${res.body.importId}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('IMPORT_NOT_CANCELLABLE');
  });

  it('gets 404 for an import that does not exist, and 400 for bad fields', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of [`/api/imports/${missing}`, `/api/imports/${missing}/errors.csv`])
      expect((await admin.get(path)).status).toBe(404);
    const bad = await upload(admin, { name: 'x.csv', content: csv }, { layout: 'spreadsheet' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body.layout');
  });
});
