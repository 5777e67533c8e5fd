// An administrator opens Code sets: sees the loaded lists, looks a code up for a date of service,
// and uploads a customer CPT file — first a broken one (the error names the row and field), then a good one.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newPage, saveScreenshot } from './support/browser';
import { DEMO_USERS, stackUrl } from './support/stack';

const WAIT = { timeout: 30_000 };
jest.setTimeout(180_000);

// Synthetic content only: real CPT descriptors are AMA-licensed. Dated 2031 so no other journey's CPT lookups change.
const VERSION = `e2e-${randomBytes(3).toString('hex')}`;
const GOOD_CPT = ['code,description', '99213,Made-up visit description', '0042T,Made-up emerging technology', ''].join(
  '\n',
);
const BAD_CPT = ['code,description', '99213,Made-up visit description', '9921,Too short to be CPT', ''].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recode-e2e-code-sets-'));
  writeFileSync(join(dir, 'cpt-good.csv'), GOOD_CPT);
  writeFileSync(join(dir, 'cpt-bad.csv'), BAD_CPT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${stackUrl()}/login`);
  await page.getByLabel('Email', { exact: true }).fill(DEMO_USERS.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_USERS.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login', WAIT);
}

async function uploadCpt(page: Page, file: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Upload CPT file' });
  await form.getByLabel('CPT file').setInputFiles(join(dir, file));
  await form.getByLabel('Version').fill(VERSION);
  await form.getByLabel('In force from').fill('2031-01-01');
  await form.getByRole('button', { name: 'Upload CPT file' }).click();
}

describe('code sets page', () => {
  it('lists the loaded sets, looks a code up for its date, and takes a customer CPT file with clear errors', async () => {
    const { page, close } = await newPage();
    try {
      await signInAsAdmin(page);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Code sets', exact: true })
        .click();
      await page.waitForURL((url) => url.pathname === '/admin/code-sets', WAIT);
      const table = page.getByRole('table', { name: 'Loaded code sets' });
      await table.waitFor({ state: 'visible', ...WAIT });
      const icd = table.getByRole('row').filter({ hasText: 'ICD-10-CM' }).filter({ hasText: 'FY2026' });
      expect(await icd.count()).toBe(1);
      expect(await icd.innerText()).toMatch(/icd10cm-2026\.csv\.gz/);
      expect(await page.getByRole('note', { name: 'About CPT' }).innerText()).toContain('checked by format only');

      const lookup = page.getByRole('form', { name: 'Look up a code' });
      await lookup.getByLabel('Code', { exact: true }).fill('e11.9');
      await lookup.getByLabel('Date of service').fill('2026-03-01');
      await lookup.getByRole('button', { name: 'Look up' }).click();
      const result = page.getByRole('region', { name: 'Lookup result' });
      await result.getByText('Billable', { exact: true }).waitFor(WAIT);
      expect(await result.innerText()).toMatch(
        /E119 — Type 2 diabetes mellitus without complications[\s\S]*ICD-10-CM FY2026/,
      );
      await lookup.getByLabel('Code', { exact: true }).fill('E11');
      await lookup.getByRole('button', { name: 'Look up' }).click();
      await result.getByText('Not billable (header)').waitFor(WAIT);

      await uploadCpt(page, 'cpt-bad.csv');
      const problems = page.getByRole('list', { name: 'Problems in the file' });
      await problems.waitFor(WAIT);
      expect(await problems.innerText()).toMatch(/Row 3, field code/);
      expect(await table.getByRole('row').filter({ hasText: VERSION }).count()).toBe(0);

      await uploadCpt(page, 'cpt-good.csv');
      await page
        .getByRole('status')
        .filter({ hasText: `CPT ${VERSION}: 2 codes` })
        .waitFor(WAIT);
      await table.getByRole('row').filter({ hasText: VERSION }).waitFor(WAIT);
      expect(await table.getByRole('row').filter({ hasText: VERSION }).innerText()).toMatch(
        /CPT \(customer file\)[\s\S]*cpt-good\.csv/,
      );
      await saveScreenshot(page, 'code-sets');
    } finally {
      await close();
    }
  });
});
