// A whole audit in the browser: a supervisor plans and previews an audit, draws the sample, the
// auditors review three records (two with findings), the supervisor releases it and reads the scores.
import type { Page } from 'playwright-core';
import { newPage, saveScreenshot } from './support/browser';
import { apiUrl, DEMO_USERS, stackUrl, type DemoUser } from './support/stack';

const WAIT = { timeout: 20_000 };
jest.setTimeout(180_000);

// Three outpatient records of coder C002 (Outpatient & ED, the supervisor's team), FY2026.
const CSV = [
  'encounter_id,setting,coder_id,service_date,code_system,code,sequence,principal',
  'JRNY-1,outpatient,C002,2025-11-03,ICD10CM,E119,1,true',
  'JRNY-1,outpatient,C002,2025-11-03,ICD10CM,I10,2,false',
  'JRNY-2,outpatient,C002,2025-11-04,ICD10CM,I10,1,true',
  'JRNY-2,outpatient,C002,2025-11-04,ICD10CM,E119,2,false',
  'JRNY-3,outpatient,C002,2025-11-05,ICD10CM,J189,1,true',
].join('\n');

async function apiSession(user: DemoUser): Promise<string> {
  const response = await fetch(`${apiUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function importEncounters(): Promise<void> {
  const cookie = await apiSession(DEMO_USERS.admin);
  const form = new FormData();
  form.append('file', new Blob([CSV], { type: 'text/csv' }), 'journey.csv');
  form.append('source', 'journey');
  const created = await fetch(`${apiUrl()}/api/imports`, { method: 'POST', headers: { cookie }, body: form });
  expect(created.status).toBe(202);
  const { importId } = (await created.json()) as { importId: string };
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const status = ((await (await fetch(`${apiUrl()}/api/imports/${importId}`, { headers: { cookie } })).json()) as { status: string }).status;
    if (status === 'succeeded') return;
    if (status === 'failed' || status === 'cancelled') throw new Error(`import ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('import did not finish');
}

async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto(`${stackUrl()}/login`);
  await page.getByLabel('Email', { exact: true }).fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login', WAIT);
}

/** Types in the open code picker and picks the code with the keyboard. */
async function pickCode(page: Page, code: string): Promise<void> {
  const box = page.getByRole('combobox');
  await box.fill(code);
  await page.getByRole('option').first().waitFor(WAIT);
  const first = (await page.getByRole('option').first().innerText()).trim();
  expect(first.startsWith(code)).toBe(true);
  await box.press('ArrowDown');
  await box.press('Enter');
}

async function classifyAll(page: Page): Promise<void> {
  const findings = page.locator('.finding');
  for (let i = 0; i < (await findings.count()); i += 1) {
    const finding = findings.nth(i);
    await finding.getByLabel('Root cause').selectOption('coder');
    await finding.getByLabel('Impact').selectOption('data_quality');
    await finding.getByLabel('Rationale').fill('Documented in the progress notes.');
  }
}

/** The change each record gets: JRNY-1 misses N179 (added), JRNY-2 revises E119 → E1165, JRNY-3 is right. */
async function reviewRecord(page: Page, record: string): Promise<void> {
  if (record === 'JRNY-1') {
    await page.getByRole('button', { name: 'Add ICD-10-CM' }).click();
    await pickCode(page, 'N179');
  } else if (record === 'JRNY-2') {
    await page.getByRole('button', { name: 'Revise E119' }).click();
    await pickCode(page, 'E1165');
  }
  const expected = record === 'JRNY-3' ? 0 : 1;
  // Findings are derived as the draft changes: wait for the derived one before counting.
  if (expected > 0) await page.locator('.finding').first().waitFor(WAIT);
  expect(await page.locator('.finding').count()).toBe(expected);
  await classifyAll(page);
  await page.getByRole('button', { name: 'Save and mark reviewed' }).click();
  await page.getByText('Saved and marked reviewed.').waitFor(WAIT);
}

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
    const records = (await page.locator('.data-table tbody tr td.mono a').allInnerTexts()).map((text) => text.trim());
    for (const record of records) {
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: record, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Record ${record}` }).waitFor(WAIT);
      if (record === 'JRNY-3') await expectVersionConflict(page, user);
      await reviewRecord(page, record);
      if (record === 'JRNY-1') await saveScreenshot(page, 'audit-journey-review');
      reviewed += 1;
    }
  } finally {
    await close();
  }
  return reviewed;
}

describe('audit journey', () => {
  beforeAll(importEncounters);

  it('plans, samples, reviews and releases an audit, and shows its scores', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor);
      await page.goto(`${stackUrl()}/audits/plans/new`);
      await page.getByLabel('Plan name').fill('November outpatient journey');
      await page.getByLabel('Encounters from').fill('2025-11-01');
      await page.getByLabel('Encounters to').fill('2025-11-30');
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
      await page.locator('.lifecycle-current', { hasText: 'Released' }).waitFor(WAIT);

      // Scores are recomputed by a job: reload until they show. 7 codes reviewed, 2 coder errors; 1 of 3 records clean.
      const scores = page.getByRole('table', { name: 'Whole audit' });
      for (let attempt = 0; attempt < 20; attempt += 1) {
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'November outpatient journey' }).waitFor(WAIT);
        if ((await scores.count()) > 0 && (await scores.getByRole('row', { name: /Code accuracy/ }).innerText()).includes('71.4%')) break;
        await page.waitForTimeout(1000);
      }
      expect(await scores.getByRole('row', { name: /Code accuracy/ }).innerText()).toContain('n = 7 codes in 3 records');
      expect(await scores.getByRole('row', { name: /Code accuracy/ }).innerText()).toContain('71.4%');
      const recordRow = await scores.getByRole('row', { name: /Record accuracy/ }).innerText();
      expect(recordRow).toContain('33.3%');
      expect(recordRow).toContain('6.1–79.2%');
      expect(recordRow).toContain('n = 3 records');
      await saveScreenshot(page, 'audit-journey-released');
    } finally {
      await close();
    }
  });
});
