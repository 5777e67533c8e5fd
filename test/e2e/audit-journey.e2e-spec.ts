// test cost: long
// A whole audit in the browser: a supervisor plans and previews an audit, draws the sample, the
// auditors review three records (two with findings), the supervisor releases it and reads the scores.
import type { Page } from 'playwright-core';
import { newPage, saveScreenshot } from './support/browser';
import { importEncounters, reviewRecord, signIn, WAIT, type RecordChange } from './support/journey';
import { DEMO_USERS, stackUrl, type DemoUser } from './support/stack';

jest.setTimeout(180_000);

// Three outpatient records of coder C002 (Outpatient & ED, the supervisor's team), FY2026, at a facility
// of their own: the stack also holds demo encounters and other specs' records from November.
const FACILITY = 'JRNY-CLINIC';
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  `JRNY-1,outpatient,C002,2025-11-03,${FACILITY},ICD10CM,E119,1,true`,
  `JRNY-1,outpatient,C002,2025-11-03,${FACILITY},ICD10CM,I10,2,false`,
  `JRNY-2,outpatient,C002,2025-11-04,${FACILITY},ICD10CM,I10,1,true`,
  `JRNY-2,outpatient,C002,2025-11-04,${FACILITY},ICD10CM,E119,2,false`,
  `JRNY-3,outpatient,C002,2025-11-05,${FACILITY},ICD10CM,J189,1,true`,
].join('\n');

/** The change each record gets: JRNY-1 misses N179 (added), JRNY-2 revises E119 → E1165, JRNY-3 is right. */
const CHANGES: Record<string, RecordChange> = {
  'JRNY-1': { add: 'N179' },
  'JRNY-2': { revise: { from: 'E119', to: 'E1165' } },
  'JRNY-3': {},
};

/** Two tabs on one record: the second save is refused with the newer version and offers a reload. */
async function expectVersionConflict(page: Page, user: DemoUser): Promise<void> {
  const other = await newPage();
  try {
    await signIn(other.page, user);
    await other.page.goto(page.url());
    await other.page.getByRole('button', { name: 'Save', exact: true }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved \(version \d+\)\.$/).waitFor(WAIT);
    await other.page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = other.page.getByRole('alert').filter({ hasText: 'Someone saved this item after you opened it.' });
    await alert.waitFor(WAIT);
    expect(await alert.innerText()).toMatch(/It is now at version \d+; you opened version \d+\./);
    await other.page.getByRole('button', { name: 'Reload the newer version' }).click();
    await alert.waitFor({ state: 'detached', ...WAIT });
  } finally {
    await other.close();
  }
}

async function reviewWorklist(user: DemoUser): Promise<number> {
  const { page, close } = await newPage();
  let reviewed = 0;
  try {
    await signIn(page, user);
    await page.goto(`${stackUrl()}/worklist`);
    await page.getByRole('heading', { level: 1, name: 'Worklist' }).waitFor(WAIT);
    await page.locator('.data-table, .state-empty').first().waitFor(WAIT);
    // Other journeys share the stack and the demo auditors: only this journey's records (JRNY-…) are worked.
    const records = (await page.locator('.data-table tbody tr td.mono a').allInnerTexts())
      .map((text) => text.trim())
      .filter((r) => r.startsWith('JRNY-'));
    for (const record of records) {
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: record, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Record ${record}` }).waitFor(WAIT);
      if (record === 'JRNY-3') await expectVersionConflict(page, user);
      await reviewRecord(page, CHANGES[record] ?? {});
      if (record === 'JRNY-1') await saveScreenshot(page, 'audit-journey-review');
      reviewed += 1;
    }
  } finally {
    await close();
  }
  return reviewed;
}

describe('audit journey', () => {
  beforeAll(() => importEncounters(CSV, 'journey'));

  it('plans, samples, reviews and releases an audit, and shows its scores', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor);
      await page.goto(`${stackUrl()}/audits/plans/new`);
      await page.getByLabel('Plan name').fill('November outpatient journey');
      await page.getByLabel('Encounters from').fill('2025-11-01');
      await page.getByLabel('Encounters to').fill('2025-11-30');
      await page.getByLabel('Facilities').fill(FACILITY);
      await page.getByLabel('Method').selectOption('simpleRandom');
      await page.getByLabel('Sample size (records)').fill('3');
      await page.getByLabel('Spares').fill('0');
      await page.getByLabel('Seed (optional)').fill('42');
      await page.getByRole('button', { name: 'Preview' }).click();
      const preview = page.getByRole('region', { name: 'Plan preview' });
      await preview.waitFor(WAIT);
      expect(await preview.innerText()).toContain('3 records + 0 spares');
      expect(await preview.getByRole('row', { name: /C002/ }).count()).toBe(1);

      await page.getByRole('button', { name: 'Save plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'November outpatient journey' }).waitFor(WAIT);
      await page.getByRole('button', { name: 'Draw sample' }).click();
      await page.waitForURL((url) => /^\/audits\/[0-9a-f-]{36}$/.test(url.pathname), WAIT);
      await page.locator('.lifecycle-current', { hasText: 'In review' }).waitFor(WAIT);
      const auditPath = new URL(page.url()).pathname;

      const reviewed = (await reviewWorklist(DEMO_USERS.auditor)) + (await reviewWorklist(DEMO_USERS.auditor2));
      expect(reviewed).toBe(3);

      await page.goto(`${stackUrl()}${auditPath}`);
      await page.getByRole('button', { name: 'Release to coders' }).click();
      await page.getByRole('button', { name: 'Yes, release' }).click();
      await page.locator('.lifecycle-current', { hasText: 'Released' }).waitFor(WAIT);

      // Scores are recomputed by a job: reload until they show. 7 codes reviewed, 2 coder errors; 1 of 3 records clean.
      // Each code counts at the weight of an error on it (a principal one 2): JRNY-1 {E119 P, I10, N179} 4,
      // JRNY-2 {I10 P, E119, E1165} 4, JRNY-3 {J189 P} 2 → 10 weighted codes, 2 weighted errors → 1 − 2/10 = 80.0%.
      const scores = page.getByRole('table', { name: 'Whole audit' });
      for (let attempt = 0; attempt < 20; attempt += 1) {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'November outpatient journey' }).waitFor(WAIT);
        if (
          (await scores.count()) > 0 &&
          (await scores.getByRole('row', { name: /Code accuracy/ }).innerText()).includes('80.0%')
        )
          break;
        await page.waitForTimeout(1000);
      }
      expect(await scores.getByRole('row', { name: /Code accuracy/ }).innerText()).toContain(
        'n = 7 codes in 3 records',
      );
      expect(await scores.getByRole('row', { name: /Code accuracy/ }).innerText()).toContain('80.0%');
      const recordRow = await scores.getByRole('row', { name: /Record accuracy/ }).innerText();
      expect(recordRow).toContain('33.3%');
      // 1 of 3 records right: Clopper–Pearson 0.8–90.6% (the frame is larger than the sample).
      expect(recordRow).toContain('0.8–90.6%');
      expect(recordRow).toContain('n = 3 records');
      await saveScreenshot(page, 'audit-journey-released');
    } finally {
      await close();
    }
  });
});
