// The auditor's workflow gaps, closed: a supervisor reassigns a record, the auditor sets one aside and
// the spare comes in, "save, mark reviewed and next" walks on, release asks for confirmation, and the
// worklist's "All" view still lists the reviewed records once the audit is released. The journey is Robin's:
// other journeys leave records open in Alex's worklist, and "next" would rightly open one of those.
import { newPage } from './support/browser';
import { arrangeAudit } from './support/arrange-audit';
import { apiAs, signIn, until, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(240_000);

const FACILITY = 'WFLOW-CLINIC';
// Four outpatient records of C002 (Outpatient & ED, the supervisor's team): three drawn, one spare.
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  ...[1, 2, 3, 4].map((n) => `WFLOW-${n},outpatient,C002,2025-09-0${n},${FACILITY},ICD10CM,J189,1,true`),
].join('\n');
const NAME = 'Workflow journey';

describe('review workflow', () => {
  let auditId = '';
  beforeAll(async () => {
    ({ auditId } = await arrangeAudit({
      csv: CSV,
      source: 'review-workflow',
      facility: FACILITY,
      name: NAME,
      sampleSize: 3,
      spares: 1,
      auditor: 'Robin Reviewer',
    }));
  });

  it('reassigns, sets aside with a spare, saves and goes on, and confirms the release', async () => {
    const supervisor = await newPage();
    const auditor = await newPage();
    try {
      // 1. The supervisor gives one of Robin's records to Alex.
      await signIn(supervisor.page, DEMO_USERS.supervisor);
      await supervisor.page.goto(`${stackUrl()}/audits/${auditId}`);
      const chooser = supervisor.page.getByLabel(/^Auditor for WFLOW-\d$/).first();
      await chooser.waitFor(WAIT);
      const moved = ((await chooser.getAttribute('aria-label')) ?? '').replace('Auditor for ', '');
      await chooser.selectOption({ label: 'Alex Auditor' });
      await supervisor.page.getByText(`${moved} is now assigned to Alex Auditor.`).waitFor(WAIT);

      // 2. Robin sets their first record aside; the spare takes its place and opens.
      await signIn(auditor.page, DEMO_USERS.auditor2);
      await auditor.page.goto(`${stackUrl()}/worklist`);
      const links = auditor.page.locator('.data-table tbody tr td.mono a');
      await links.first().waitFor(WAIT);
      // Other journeys share the stack: only this journey's records (WFLOW-…) count.
      const mine = (await links.allInnerTexts()).map((t) => t.trim()).filter((t) => t.startsWith('WFLOW-'));
      expect(mine).toHaveLength(2);
      expect(mine).not.toContain(moved);
      await auditor.page.getByRole('link', { name: mine[0], exact: true }).click();
      await auditor.page.getByRole('button', { name: 'Mark unreviewable…' }).click();
      await auditor.page.getByLabel('Why can’t it be reviewed?').fill('The discharge summary is missing.');
      await auditor.page.getByRole('button', { name: 'Set aside and bring in a spare' }).click();
      const notice = auditor.page.getByRole('status').filter({ hasText: 'was set aside' });
      await notice.waitFor(WAIT);
      expect(await notice.innerText()).toMatch(new RegExp(`^${mine[0]} was set aside; spare WFLOW-\\d took its place`));
      const spare = /spare (WFLOW-\d)/.exec(await notice.innerText())?.[1] ?? '';
      await auditor.page.getByRole('heading', { level: 1, name: `Record ${spare}` }).waitFor(WAIT);

      // 3. Save, mark reviewed and next: the other open record opens; on the last one the worklist says so.
      await auditor.page.getByRole('button', { name: 'Save, mark reviewed and next' }).click();
      await auditor.page.getByRole('heading', { level: 1, name: `Record ${mine[1]}` }).waitFor(WAIT);
      await auditor.page
        .getByRole('status')
        .filter({ hasText: `${spare}: Saved and marked reviewed. This is the next record.` })
        .waitFor(WAIT);
      await auditor.page.getByRole('button', { name: 'Save, mark reviewed and next' }).click();
      await auditor.page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor(WAIT);
      await auditor.page.getByText('No records left to review.', { exact: false }).waitFor(WAIT);

      // Alex's record is reviewed through the API.
      const alex = await apiAs(DEMO_USERS.auditor);
      const alexItem = (await alex('GET', '/api/worklist')).body.find((i: any) => i.auditId === auditId);
      const review = (await alex('GET', `/api/audits/${auditId}/items/${alexItem.id}`)).body;
      const codes = review.auditorCodes.map(
        ({ system, code, sequence, principal, poa, modifiers, units }: Record<string, unknown>) => ({
          system,
          code,
          sequence,
          principal,
          poa,
          modifiers,
          units,
        }),
      );
      expect(
        (
          await alex('PUT', `/api/audits/${auditId}/items/${alexItem.id}/review`, {
            version: alexItem.version,
            codes,
            complete: true,
          })
        ).status,
      ).toBe(200);

      // 4. Release asks first; Cancel changes nothing.
      await supervisor.page.goto(`${stackUrl()}/audits/${auditId}`);
      await supervisor.page.getByRole('button', { name: 'Release to coders' }).click();
      const dialog = supervisor.page.getByRole('alertdialog');
      expect(await dialog.innerText()).toContain(`Release “${NAME}” to the coders?`);
      expect(
        await supervisor.page
          .getByRole('button', { name: 'Yes, release' })
          .evaluate((el) => el === document.activeElement),
      ).toBe(true);
      await supervisor.page.getByRole('button', { name: 'Cancel' }).click();
      expect(await supervisor.page.locator('.lifecycle-current').innerText()).toBe('In review');
      await supervisor.page.getByRole('button', { name: 'Release to coders' }).click();
      await supervisor.page.getByRole('button', { name: 'Yes, release' }).click();
      await supervisor.page.locator('.lifecycle-current', { hasText: 'Released' }).waitFor(WAIT);

      // 5. The released audit's records are still in Robin's "All" view: two reviewed, one set aside.
      await until(
        'the release',
        async () => (await apiAs(DEMO_USERS.supervisor))('GET', `/api/audits/${auditId}`),
        (r) => r.body.status === 'released',
      );
      await auditor.page.goto(`${stackUrl()}/worklist?status=all`);
      const rows = auditor.page.getByRole('row').filter({ hasText: NAME });
      await rows.first().waitFor(WAIT);
      const statuses = (await rows.allInnerTexts()).map((t) => (/Reviewed|Unreviewable/.exec(t) ?? [''])[0]).sort();
      expect(statuses).toEqual(['Reviewed', 'Reviewed', 'Unreviewable']);
    } finally {
      await supervisor.close();
      await auditor.close();
    }
  });
});
