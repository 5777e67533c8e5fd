// The coder's feedback in context and the drill-down's dispute outcomes: an outpatient first-listed
// diagnosis is named so, Agree is the emphasised move, the whole claim shows beside the auditor's, an
// upheld answer's reference names its source and can be accepted, and the supervisor's drill-down to the
// record shows the outcome instead of greyed form fields.
import { newPage } from './support/browser';
import { arrangeAudit } from './support/arrange-audit';
import { apiAs, signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(240_000);

const FACILITY = 'FBCTX-CLINIC';
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  `FBCTX-1,outpatient,C002,2025-07-08,${FACILITY},ICD10CM,E119,1,true`,
  `FBCTX-1,outpatient,C002,2025-07-08,${FACILITY},ICD10CM,I10,2,false`,
].join('\n');
const CARD = 'Finding FBCTX-1 E11.9 → E11.65';

/** The auditor revises the first-listed E119 → E1165, the supervisor releases; returns the audit and item ids. */
async function releasedWithFinding(): Promise<{ auditId: string; itemId: string; findingId: string }> {
  const { auditId } = await arrangeAudit({
    csv: CSV,
    source: 'feedback-context',
    facility: FACILITY,
    name: 'Feedback context',
    sampleSize: 1,
  });
  const auditor = await apiAs(DEMO_USERS.auditor);
  const item = (await auditor('GET', '/api/worklist')).body.find((i: any) => i.auditId === auditId);
  const saved = await auditor('PUT', `/api/audits/${auditId}/items/${item.id}/review`, {
    version: item.version,
    codes: [
      { system: 'ICD10CM', code: 'E1165', sequence: 1, principal: true },
      { system: 'ICD10CM', code: 'I10', sequence: 2 },
    ],
    classifications: [
      {
        key: 'revised|ICD10CM|E119|E1165',
        rootCause: 'coder',
        impact: 'data_quality',
        direction: 'under',
        rationale: 'Hyperglycaemia documented.',
      },
    ],
    complete: true,
  });
  expect(saved.status).toBe(200);
  const supervisor = await apiAs(DEMO_USERS.supervisor);
  expect((await supervisor('POST', `/api/audits/${auditId}/transitions`, { to: 'released' })).status).toBe(200);
  return { auditId, itemId: item.id, findingId: saved.body.findings[0].id };
}

describe('feedback in context', () => {
  let ids = { auditId: '', itemId: '', findingId: '' };
  beforeAll(async () => {
    ids = await releasedWithFinding();
  });

  it('names the first-listed diagnosis, shows the whole claim, and lets the coder accept an upheld answer', async () => {
    const coder = await newPage();
    const supervisor = await newPage();
    try {
      await signIn(coder.page, DEMO_USERS.coder2);
      await coder.page.goto(`${stackUrl()}/feedback`);
      const card = coder.page.getByRole('article', { name: CARD });
      await card.waitFor(WAIT);
      expect(await card.getByRole('heading').innerText()).toBe('First-listed diagnosis: Revised');
      const buttons = card.locator('.dispute-step-form .form-actions button');
      expect(await buttons.first().innerText()).toBe('Agree');
      expect(await buttons.first().getAttribute('class')).toContain('btn-primary');
      expect(await card.getByRole('button', { name: 'Disagree' }).getAttribute('class')).not.toContain('btn-primary');

      await card.getByRole('button', { name: 'Show the whole claim' }).click();
      const claim = card.getByRole('group', { name: 'The whole claim' });
      await claim.getByRole('table', { name: 'Auditor’s final codes' }).waitFor(WAIT);
      expect(await claim.getByRole('table', { name: 'Coder’s codes' }).innerText()).toMatch(
        /E11\.9[\s\S]*Only on this side[\s\S]*I10/,
      );
      expect(await claim.getByRole('table', { name: 'Auditor’s final codes' }).innerText()).toMatch(
        /E11\.65[\s\S]*Type 2 diabetes mellitus with hyperglycemia/,
      );

      // The coder disagrees; the auditor upholds with a Coding Clinic reference (through the API).
      await card.getByLabel('Reason').fill('The note says diet-controlled.');
      await card.getByRole('button', { name: 'Disagree' }).click();
      await card.locator('.badge').getByText('Disputed — awaiting the auditor', { exact: true }).waitFor(WAIT);
      const auditor = await apiAs(DEMO_USERS.auditor);
      const upheld = await auditor('POST', `/api/findings/${ids.findingId}/dispute-steps`, {
        action: 'uphold',
        rationale: 'Glucose 212 with the provider’s note.',
        reference: { kind: 'coding_clinic', citation: '1Q 2017 p.47' },
      });
      expect(upheld.status).toBe(200);

      await coder.page.reload();
      await card.locator('.badge').getByText('Upheld', { exact: true }).waitFor(WAIT);
      expect(await buttons.first().innerText()).toBe('Accept');
      expect(await buttons.first().getAttribute('class')).toContain('btn-primary');
      await card.getByRole('button', { name: 'Show history' }).click();
      await card.getByText('Reference: Coding Clinic 1Q 2017 p.47').waitFor(WAIT);
      await card.getByRole('button', { name: 'Accept' }).click();
      await card.locator('.badge').getByText('Agreed', { exact: true }).waitFor(WAIT);

      // The supervisor's drill-down to the record: the outcome, not greyed form fields.
      await signIn(supervisor.page, DEMO_USERS.supervisor);
      await supervisor.page.goto(`${stackUrl()}/audits/${ids.auditId}/items/${ids.itemId}`);
      await supervisor.page
        .getByText('This audit is released: the record is read only.', { exact: false })
        .waitFor(WAIT);
      expect(await supervisor.page.getByText('while the audit is in review').count()).toBe(0);
      const finding = supervisor.page.getByRole('listitem', { name: 'Revised: E11.9 → E11.65' });
      await finding.getByText('Accepted by the coder', { exact: false }).waitFor(WAIT);
      expect(await finding.innerText()).toContain('Agreed');
      expect(await supervisor.page.locator('.finding-fields').count()).toBe(0);
    } finally {
      await coder.close();
      await supervisor.close();
    }
  });
});
