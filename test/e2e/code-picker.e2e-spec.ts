// The auditor's code picker in the browser: the list empties the moment the query changes (a click right
// after typing can never pick a code of the previous query), counts and "More codes" paging, ICD-10-CM codes
// with their dot, and CPT codes offered on their format alone when no licensed CPT file is loaded.
import { newPage } from './support/browser';
import { apiAs, importEncounters, signIn, until, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(240_000);

// One outpatient record of C002 in February 2026, a month and facility no other browser spec uses.
const FACILITY = 'PICK-CLINIC';
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  `PICK-1,outpatient,C002,2026-02-10,${FACILITY},ICD10CM,J189,1,true`,
  `PICK-1,outpatient,C002,2026-02-10,${FACILITY},CPT,99213,1,false`,
].join('\n');

let reviewPath = '';

beforeAll(async () => {
  await importEncounters(CSV, 'picker');
  const supervisor = await apiAs(DEMO_USERS.supervisor);
  const alex = (await supervisor<{ id: string; displayName: string }[]>('GET', '/api/audit-plans/auditors')).body.find(
    (a) => a.displayName === 'Alex Auditor',
  );
  const plan = await supervisor('POST', '/api/audit-plans', {
    name: 'Code picker journey',
    scope: { dateFrom: '2026-02-01', dateTo: '2026-02-28', facilities: [FACILITY] },
    method: { type: 'simpleRandom', sampleSize: 1 },
    spares: 0,
    exclusionWindowDays: 0,
    auditorIds: [alex?.id],
  });
  expect(plan.status).toBe(201);
  const run = await supervisor('POST', `/api/audit-plans/${plan.body.id}/run`, {});
  const auditId = run.body.id as string;
  await until(
    'sampling',
    () => supervisor('GET', `/api/audits/${auditId}`),
    (r) => r.body.status === 'in_review',
  );
  const auditor = await apiAs(DEMO_USERS.auditor);
  const item = (await auditor<{ id: string; auditId: string }[]>('GET', '/api/worklist')).body.find(
    (i) => i.auditId === auditId,
  );
  reviewPath = `/audits/${auditId}/items/${item?.id}`;
  // The first search of a code set builds its in-memory index (seconds on a loaded machine): not what this spec times.
  for (const system of ['ICD10CM', 'CPT'])
    expect((await auditor('GET', `/api/codes/search?system=${system}&date=2026-02-10&q=sepsis`)).status).toBe(200);
});

describe('the code picker', () => {
  it('never shows or picks a code of the previous query, pages with counts, and offers an unlicensed CPT code', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.auditor);
      await page.goto(`${stackUrl()}${reviewPath}`);
      await page.getByRole('heading', { level: 1, name: 'Record PICK-1' }).waitFor(WAIT);

      await page.getByRole('button', { name: 'Add ICD-10-CM' }).click();
      const box = page.getByRole('combobox', { name: /^Add .* code$/ });
      await box.fill('sepsis');
      await page.getByRole('option').first().waitFor(WAIT);
      expect(await page.getByRole('option').first().innerText()).toMatch(/^A41\.9\s+Sepsis, unspecified organism/);
      expect(await page.locator('.code-picker .field-hint').innerText()).toMatch(/^20 of \d+ codes/);

      // The moment the text changes, the previous list and its count are gone.
      await box.fill('A4151');
      expect(await page.getByRole('option').count()).toBe(0);
      expect(await page.locator('.code-picker .field-hint').innerText()).toBe('Searching…');
      await box.press('ArrowDown');
      await box.press('Enter');
      await page.getByRole('option').first().waitFor(WAIT);
      expect(await page.getByRole('option').first().innerText()).toMatch(/^A41\.51\s/);
      await page.getByRole('option').first().click();
      await page.getByRole('button', { name: 'Actions for A41.51' }).waitFor(WAIT);
      expect(await page.getByRole('button', { name: /^Actions for A02/ }).count()).toBe(0);

      // Paging: "More codes" adds the next 20 under the same count.
      await page.getByRole('button', { name: 'Add ICD-10-CM' }).click();
      await page.getByRole('combobox', { name: /^Add .* code$/ }).fill('fracture femur');
      await page.getByRole('option').nth(19).waitFor(WAIT);
      await page.getByRole('button', { name: 'More codes' }).click();
      await page.getByRole('option').nth(39).waitFor(WAIT);
      expect(await page.locator('.code-picker .field-hint').innerText()).toMatch(/^40 of \d+ codes/);
      await page.getByRole('combobox', { name: /^Add .* code$/ }).press('Escape');

      // No CPT file is loaded: the typed code is offered and kept, labelled as unlicensed, not as invalid.
      await page.getByRole('button', { name: 'Add CPT' }).click();
      await page.getByRole('combobox', { name: /^Add .* code$/ }).fill('99214');
      await page.getByRole('option').first().waitFor(WAIT);
      expect(await page.getByRole('option').first().innerText()).toMatch(/^99214\s+description not licensed/);
      await page.getByRole('combobox', { name: /^Add .* code$/ }).press('ArrowDown');
      await page.getByRole('combobox', { name: /^Add .* code$/ }).press('Enter');
      const row = page.locator('tr').filter({ has: page.getByRole('button', { name: 'Actions for 99214' }) });
      await row.waitFor(WAIT);
      expect(await row.innerText()).toContain('Description not licensed');
      expect(await page.getByText('Not in this year’s set').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
