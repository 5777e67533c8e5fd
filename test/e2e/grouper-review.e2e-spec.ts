// The review screen regroups the auditor's codes live: adding an MCC secondary to a simple pneumonia
// billed as DRG 195 turns the grouper's DRG into 193 "with MCC", names the secondary that did it and
// prices the change as an underpayment.
import { newPage, saveScreenshot } from './support/browser';
import { arrangeAudit, INPATIENT_HEADER } from './support/arrange-audit';
import { lineAction, signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(180_000);

const FACILITY = 'GROUPER-HOSP';
const CSV = [
  INPATIENT_HEADER,
  `DRGLIVE-1,inpatient,C001,2025-10-28,2025-11-03,${FACILITY},195,ICD10CM,J189,1,true,Y`,
].join('\n');

describe('review screen: live MS-DRG grouper', () => {
  beforeAll(() =>
    arrangeAudit({ csv: CSV, source: 'grouper-review', facility: FACILITY, name: 'Grouper review', sampleSize: 1 }),
  );

  it('shows the DRG change when an MCC secondary is added', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.auditor);
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: 'DRGLIVE-1', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Record DRGLIVE-1' }).waitFor(WAIT);
      const panel = page.getByRole('region', { name: 'MS-DRG grouper' });
      const drg = panel.getByTestId('grouper-drg');

      // The import had no age: the grouper says so instead of guessing.
      await panel.getByText('Missing inputs').waitFor(WAIT);
      expect(await drg.innerText()).toMatch(/^999 /);
      await panel.getByLabel('Patient age').fill('67');
      await panel.getByLabel('Patient sex').selectOption('F');
      await panel.getByLabel('Discharge status').fill('1');
      await drg.filter({ hasText: /^195 SIMPLE PNEUMONIA AND PLEURISY WITHOUT CC\/MCC/ }).waitFor(WAIT);
      expect(await panel.getByTestId('grouper-change').innerText()).toBe('Same as the billed DRG 195');

      await page.getByRole('button', { name: 'Add ICD-10-CM' }).click();
      await page.getByRole('combobox', { name: 'Add ICD-10-CM code' }).fill('E11.00');
      await page.getByRole('option', { name: /^E11\.?00 / }).click();

      await drg.filter({ hasText: /^193 SIMPLE PNEUMONIA AND PLEURISY WITH MCC/ }).waitFor(WAIT);
      const change = await panel.getByTestId('grouper-change').innerText();
      expect(change).toMatch(/^195 → 193: weight \+\d\.\d{4}, payment \+\$[\d,]+\.\d\d \(the claim was underpaid\)$/);
      expect(await panel.innerText()).toMatch(/E11\.00 MCC: made it “with MCC”/);
      await saveScreenshot(page, 'grouper-review-mcc');

      // Removing it again regroups back to the billed DRG.
      await lineAction(page, 'E11.00', 'Delete');
      await drg.filter({ hasText: /^195 SIMPLE PNEUMONIA/ }).waitFor(WAIT);
    } finally {
      await close();
    }
  });
});
