// test database: with code sets
import { coderIds, userId } from '../support/audit-factories';
import { signedIn, type ApiClient, type TestApp } from '../support/test-app';
import { startAuditApp } from '../audits/audit-test-kit';
import { arrangeReleasedAudit, type ReleasedAudit } from '../disputes/dispute-kit';

let t: TestApp;
let admin: ApiClient;
let supervisor: ApiClient;
let auditor: ApiClient;
let coder: ApiClient;
let audit: ReleasedAudit;

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  [admin, supervisor, auditor, coder] = await Promise.all(
    ['admin', 'supervisor', 'auditor', 'coder'].map((name) => signedIn(t, `${name}@recode.test`)),
  );
  audit = await arrangeReleasedAudit(t, supervisor, auditor);
});
afterAll(() => t.close());

/** The audit-log entries of one action by one user, newest first. */
async function entries(action: string, email: string): Promise<any[]> {
  const res = await admin.get(`/api/audit-log?action=${action}&actorId=${await userId(t.db, email)}&pageSize=200`);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('PHI reads are audit-logged', () => {
  it('GET /api/findings/{id}/dispute logs the finding read', async () => {
    expect((await coder.get(`/api/findings/${audit.findings.R1}/dispute`)).status).toBe(200);
    const logged = await entries('finding.dispute_viewed', 'coder@recode.test');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      entityType: 'finding',
      entityId: audit.findings.R1,
      details: { auditId: audit.auditId },
    });
    // Out of scope is 404 and not a read.
    expect((await coder.get(`/api/findings/${audit.findings.R3}/dispute`)).status).toBe(404);
    expect(await entries('finding.dispute_viewed', 'coder@recode.test')).toHaveLength(1);
  });

  it('GET /api/dashboard/coders/{id} logs every read, cached answers included', async () => {
    const [c001] = (await coderIds(t.db, ['C001'])) as [string];
    for (let i = 0; i < 2; i += 1)
      expect((await supervisor.get(`/api/dashboard/coders/${c001}?from=2026-01&to=2026-03`)).status).toBe(200);
    const logged = await entries('dashboard.coder_viewed', 'supervisor@recode.test');
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ entityType: 'coder', entityId: c001, details: { records: 2 } });
  });

  it('GET /api/encounters logs the query and how many records it returned', async () => {
    const res = await auditor.get('/api/encounters?q=FAC-D-&limit=2');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    const logged = await entries('encounter.listed', 'auditor@recode.test');
    expect(logged[0]).toMatchObject({
      entityType: 'encounter',
      details: { query: { q: 'FAC-D-', limit: 2 }, returned: 2 },
    });
  });

  it('GET /api/feedback/findings logs the coder reading their findings', async () => {
    const res = await coder.get('/api/feedback/findings');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    const logged = await entries('feedback.findings_viewed', 'coder@recode.test');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ details: { returned: 2 } });
  });
});
