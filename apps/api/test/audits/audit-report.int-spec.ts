// test database: with code sets
import { coderIds } from '../support/audit-factories';
import { pdfText } from '../support/pdf-text';
import { signedIn, type ApiClient, type TestApp } from '../support/test-app';
import { arrangeReleasedAudit, type ReleasedAudit } from '../disputes/dispute-kit';
import { startAuditApp, waitFor } from './audit-test-kit';

/** The printable report of the released audit of dispute-kit.ts: R1, R2 (C001) and R3 (C002), one coder-caused finding each. */
let t: TestApp;
let supervisor: ApiClient;
let audit: ReleasedAudit;

async function pdf(
  path: string,
): Promise<{ status: number; type: string | null; disposition: string | null; text: string }> {
  const res = await fetch(`${t.url}${path}`, { headers: { cookie: supervisor.cookie } });
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    disposition: res.headers.get('content-disposition'),
    text: res.status === 200 ? pdfText(body) : body.toString(),
  };
}

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  supervisor = await signedIn(t, 'supervisor@recode.test');
  const auditor = await signedIn(t, 'auditor@recode.test');
  audit = await arrangeReleasedAudit(t, supervisor, auditor);
  await waitFor(
    'scores',
    () => supervisor.get(`/api/audits/${audit.auditId}/scores`),
    (r) => r.body.preliminary !== null,
  );
}, 240_000);
afterAll(() => t.close());

describe('the printable audit report', () => {
  it('prints the audit’s scores with intervals and every finding with its rationale, as a PDF', async () => {
    const res = await pdf(`/api/audits/${audit.auditId}/report`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.disposition).toMatch(/^inline; filename="audit-Disputes-FAC-D-[0-9a-f]+-report\.pdf"$/);
    expect(res.text).toContain('Audit report: Disputes FAC-D-');
    // 0 of 3 records right, and the 3 are the audit's whole frame: the observed rate, no interval to draw.
    expect(res.text).toContain('Record accuracy: 0.0% (all 3 records reviewed, no sampling error; n = 3 records)');
    expect(res.text).toMatch(
      /Code accuracy: \d+\.\d% \(all 3 records reviewed, no sampling error; n = \d+ codes in 3 records\)/,
    );
    expect(res.text).toContain('Findings (3)');
    expect(res.text).toContain('Revised E11.9 -> E11.22 [Secondary diagnoses]');
    expect(res.text).toContain('Added (missed) - -> N17.9 [Secondary diagnoses]');
    expect(res.text).toContain('Status: Open - root cause: Coder');
    expect(res.text).not.toMatch(/secondary_dx|principal_dx/);
    expect(res.text).toContain('Rationale: Diabetes with CKD is linked by guideline');
    expect(res.text).toContain('Rationale: AKI documented on day 2');
    const [logged] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'audit.exported' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [audit.auditId],
    );
    expect(logged.details).toMatchObject({ part: 'report' });
  });

  it('prints one coder’s report with only their findings and scores', async () => {
    const [c002] = (await coderIds(t.db, ['C002'])) as [string];
    const res = await pdf(`/api/audits/${audit.auditId}/report?coderId=${c002}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/Audit report: Disputes FAC-D-[0-9a-f]+ - .+ \(C002\)/);
    expect(res.text).toContain('Findings (1)');
    expect(res.text).toContain('Rationale: Nephropathy documented');
    expect(res.text).not.toContain('AKI documented on day 2');
    expect(res.text).toContain('Record accuracy: 0.0% (all 1 records reviewed, no sampling error; n = 1 records)');
  });

  it('refuses a coder not in the audit and a coder’s own session', async () => {
    expect((await pdf(`/api/audits/${audit.auditId}/report?coderId=00000000-0000-4000-8000-000000000000`)).status).toBe(
      404,
    );
    expect((await pdf(`/api/audits/${audit.auditId}/report?coderId=nope`)).status).toBe(400);
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get(`/api/audits/${audit.auditId}/report`)).status).toBe(403);
  });
});
