// The auditor's tools around a record: the review screen says which HCPCS quarter stands in for a 2018 claim,
// shows its codes with their decimal point and the code system of each line; the auditor keeps notes and a
// documentation link the supervisor reads but cannot change; and the supervisor prints the audit's report and
// one coder's report as PDFs from the audit page.
import { newPage } from './support/browser';
import { arrangeAudit } from './support/arrange-audit';
import { signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(240_000);

const FACILITY = 'NOTES-CLINIC';
// Only the 2025 Q4 HCPCS file is loaded: it stands in for this 2018 Q2 claim.
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  `NOTES-1,outpatient,C002,2018-06-12,${FACILITY},ICD10CM,E119,1,true`,
  `NOTES-1,outpatient,C002,2018-06-12,${FACILITY},HCPCS,J1100,1,false`,
].join('\n');
const DOC_URL = 'https://ehr.example.org/charts/NOTES-1';

describe('record notes, the HCPCS quarter and the printable reports', () => {
  let auditId = '';
  beforeAll(async () => {
    ({ auditId } = await arrangeAudit({
      csv: CSV,
      source: 'record-notes-report',
      facility: FACILITY,
      name: 'Notes and reports',
      sampleSize: 1,
      period: { dateFrom: '2018-06-01', dateTo: '2018-06-30' },
    }));
  });

  it('names the stand-in HCPCS quarter, keeps the auditor’s notes, and prints the audit and coder reports', async () => {
    const auditor = await newPage();
    const supervisor = await newPage();
    try {
      await signIn(auditor.page, DEMO_USERS.auditor);
      await auditor.page.goto(`${stackUrl()}/worklist`);
      await auditor.page.getByRole('link', { name: 'NOTES-1', exact: true }).click();
      await auditor.page.getByRole('heading', { level: 1, name: 'Record NOTES-1' }).waitFor(WAIT);
      const note = auditor.page.getByTestId('code-set-note');
      expect(await note.innerText()).toMatch(
        /^HCPCS 2025 Q4 used: no HCPCS set is loaded for 2018 Q2, the claim’s quarter/,
      );

      // Codes as read, each line with its code system.
      const finalCodes = auditor.page.getByRole('region', { name: 'Final codes' });
      const rows = (await finalCodes.locator('tr[data-line]').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^1 ICD-10-CM E11\.9 /),
          expect.stringMatching(/^1 HCPCS Level II J1100 /),
        ]),
      );

      await auditor.page.getByLabel('Link to the clinical documentation').fill(DOC_URL);
      await auditor.page.getByLabel('Notes', { exact: true }).fill('Injection documented on the MAR.');
      await auditor.page.getByRole('button', { name: 'Save notes' }).click();
      await auditor.page.getByRole('status').filter({ hasText: 'Notes saved.' }).waitFor(WAIT);
      await auditor.page.getByRole('button', { name: 'Save and mark reviewed' }).click();
      await auditor.page.getByText('Saved and marked reviewed.').waitFor(WAIT);

      // The supervisor reads the notes (no form), then prints both reports.
      await signIn(supervisor.page, DEMO_USERS.supervisor);
      await supervisor.page.goto(`${stackUrl()}/audits/${auditId}`);
      await supervisor.page.getByRole('link', { name: 'NOTES-1', exact: true }).click();
      const notes = supervisor.page.getByRole('region', { name: 'Notes and documentation' });
      await notes.getByText('Injection documented on the MAR.').waitFor(WAIT);
      expect(await notes.getByRole('link', { name: /Open the clinical documentation/ }).getAttribute('href')).toBe(
        DOC_URL,
      );
      expect(await notes.getByRole('textbox').count()).toBe(0);

      await supervisor.page.goto(`${stackUrl()}/audits/${auditId}`);
      const coderReport = supervisor.page.getByRole('link', { name: 'Printable report for C002 (PDF)' });
      await coderReport.waitFor(WAIT);
      const auditReport = supervisor.page.getByRole('link', { name: 'Printable report (PDF)' });
      for (const link of [auditReport, coderReport]) {
        const href = await link.getAttribute('href');
        const res = await supervisor.page.request.get(`${stackUrl()}${href}`);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toBe('application/pdf');
        expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
      }
    } finally {
      await auditor.close();
      await supervisor.close();
    }
  });
});
