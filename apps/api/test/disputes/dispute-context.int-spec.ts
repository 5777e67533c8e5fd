// test database: with code sets
import { signedIn, type ApiClient, type TestApp } from '../support/test-app';
import { startAuditApp } from '../audits/audit-test-kit';
import { arrangeReleasedAudit, type ReleasedAudit } from './dispute-kit';

/** What a coder needs to judge a finding: the whole claim, the setting, and a way to accept an upheld answer. */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let coder: ApiClient;
let audit: ReleasedAudit;

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  [supervisor, auditor, coder] = await Promise.all(
    ['supervisor', 'auditor', 'coder'].map((name) => signedIn(t, `${name}@recode.test`)),
  );
  audit = await arrangeReleasedAudit(t, supervisor, auditor);
}, 240_000);
afterAll(() => t.close());

describe('a finding in context', () => {
  it('shows the coder the whole claim beside the auditor’s, with descriptions, and the record’s setting', async () => {
    const res = await coder.get(`/api/findings/${audit.findings.R1}/dispute`);
    expect(res.status).toBe(200);
    expect(res.body.finding.setting).toBe('inpatient');
    expect(res.body.claim.coderCodes.map((c: any) => [c.code, c.principal])).toEqual([
      ['I5023', true],
      ['E119', false],
    ]);
    expect(res.body.claim.auditorCodes.map((c: any) => c.code)).toEqual(['I5023', 'E1122']);
    expect(res.body.claim.auditorCodes[1].description).toBe(
      'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    );
  });

  it('lets the coder accept an upheld answer, which settles the finding as agreed and ends escalation', async () => {
    const id = audit.findings.R2;
    expect(
      (await coder.post(`/api/findings/${id}/dispute-steps`, { action: 'dispute', rationale: 'AKI was ruled out.' }))
        .status,
    ).toBe(200);
    const upheld = await auditor.post(`/api/findings/${id}/dispute-steps`, {
      action: 'uphold',
      rationale: 'Creatinine doubled; the nephrologist documents AKI.',
    });
    expect(upheld.status).toBe(200);
    const offered = await coder.get(`/api/findings/${id}/dispute`);
    expect(offered.body.finding.allowedActions.sort()).toEqual(['accept', 'escalate']);
    const accepted = await coder.post(`/api/findings/${id}/dispute-steps`, { action: 'accept' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.finding).toMatchObject({ status: 'agreed', allowedActions: [] });
    expect(accepted.body.events.at(-1)).toMatchObject({ action: 'accept', fromStatus: 'upheld', toStatus: 'agreed' });
    const again = await coder.post(`/api/findings/${id}/dispute-steps`, {
      action: 'escalate',
      rationale: 'Changed my mind.',
    });
    expect(again.status).toBe(409);
  });
});
