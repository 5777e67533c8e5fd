// An administrator imports a small file with good and bad rows in the browser, watches it finish,
// reads its error report, then finds the new encounters in the list and opens one.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newPage, saveScreenshot } from './support/browser';
import { DEMO_USERS, stackUrl } from './support/stack';

const WAIT = { timeout: 30_000 };
jest.setTimeout(180_000);

const PREFIX = `IMP-${randomBytes(3).toString('hex').toUpperCase()}`;
const HEADER = 'source,encounter_id,facility,setting,service_date,payer,coder_id,code_system,code,sequence,principal';
const line = (n: number, date: string, coder: string, code: string, sequence: number) =>
  `e2e-imports,${PREFIX}-${n},North Clinic,outpatient,${date},Aetna,${coder},ICD-10-CM,${code},${sequence},${sequence === 1}`;
// Spreadsheet rows (the header is row 1): 2–4 good, 5 a header code (kept, flagged), 6 an unknown
// coder and 7 an impossible date (both rejected). All FY2026.
const CSV = [
  HEADER,
  line(1, '2025-11-03', 'C002', 'E119', 1),
  line(1, '2025-11-03', 'C002', 'I10', 2),
  line(2, '2025-11-04', 'C002', 'J189', 1),
  line(3, '2025-11-05', 'C002', 'E11', 1),
  line(4, '2025-11-06', 'C999', 'I10', 1),
  line(5, '2025-02-30', 'C002', 'I10', 1),
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recode-e2e-imports-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(`${stackUrl()}/login`);
  await page.getByLabel('Email', { exact: true }).fill(DEMO_USERS.admin.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_USERS.admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login', WAIT);
}

/** The value shown next to a label in the import's counts. */
async function countOf(page: Page, label: string): Promise<string> {
  return (
    await page.locator('.import-counts dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').innerText()
  ).trim();
}

/** Rows of the encounters table, by external id. */
async function listedEncounters(page: Page): Promise<string[]> {
  return (await page.locator('.encounters-table tbody td.mono a').allInnerTexts()).map((text) => text.trim());
}

async function waitForListed(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (ids) => {
      const shown = [...document.querySelectorAll('.encounters-table tbody td.mono a')].map((a) =>
        a.textContent?.trim(),
      );
      return JSON.stringify(shown) === JSON.stringify(ids);
    },
    expected,
    WAIT,
  );
}

describe('imports and encounters', () => {
  it('imports a file with bad rows, reports them, and shows the encounters with their code descriptions', async () => {
    const { page, close } = await newPage();
    try {
      await signInAsAdmin(page);
      await page.goto(`${stackUrl()}/imports`);
      await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor(WAIT);

      // A refused upload says what is wrong with which field.
      const emptyFile = join(dir, 'empty.csv');
      writeFileSync(emptyFile, '');
      await page.getByLabel('File', { exact: true }).setInputFiles(emptyFile);
      await page.getByRole('button', { name: 'Upload and import' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'The upload was refused' });
      await refusal.waitFor(WAIT);
      expect(await refusal.innerText()).toMatch(/empty\.csv is empty[\s\S]*File: is empty/);

      const file = join(dir, 'encounters.csv');
      writeFileSync(file, CSV);
      await page.getByLabel('File', { exact: true }).setInputFiles(file);
      await page.getByLabel('Source', { exact: true }).fill('e2e-imports');
      await page.getByRole('button', { name: 'Upload and import' }).click();
      await page.waitForURL((url) => url.searchParams.has('import'), WAIT);
      const detail = page.locator('.import-detail');
      await detail.getByRole('heading', { name: /encounters\.csv/ }).waitFor(WAIT);

      const bar = detail.getByRole('progressbar');
      await page.waitForFunction(
        () => document.querySelector('.import-detail [role=progressbar]')?.getAttribute('aria-valuenow') === '100',
        undefined,
        WAIT,
      );
      await detail.locator('.badge', { hasText: 'Done' }).waitFor(WAIT);
      expect(await bar.getAttribute('aria-valuetext')).toBe('100% · 6 of 6 rows');
      expect(await detail.getByRole('button', { name: 'Cancel import' }).count()).toBe(0);

      expect(await countOf(page, 'New encounters')).toBe('3');
      expect(await countOf(page, 'Rejected')).toBe('2');
      expect(await countOf(page, 'Flagged for pre-audit check')).toBe('1');

      const errorRows = detail.locator('.import-errors tbody tr');
      const cells = async (row: number) =>
        (
          await errorRows
            .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${row}$`) }) })
            .first()
            .locator('td')
            .allInnerTexts()
        ).map((t) => t.trim());
      expect((await cells(5)).slice(1, 3)).toEqual([`${PREFIX}-3`, 'code']);
      expect((await cells(6)).slice(1, 4)).toEqual([`${PREFIX}-4`, 'coder_id', 'C999']);
      expect((await cells(7)).slice(1, 4)).toEqual([`${PREFIX}-5`, 'service_date', '2025-02-30']);
      expect((await cells(6))[4]).toMatch(/"C999" is not a known coder/);

      // The history lists the import too.
      const historyRow = page.locator('.imports-table tbody tr', { hasText: 'encounters.csv' }).first();
      await historyRow.locator('.badge', { hasText: 'Done' }).waitFor(WAIT);
      expect((await historyRow.locator('td').allInnerTexts()).slice(2, 7).map((t) => t.trim())).toEqual([
        '6',
        '3',
        '2',
        '1',
        '3',
      ]);

      const link = detail.getByRole('link', { name: 'Download error report (CSV)' });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/api\/imports\/[0-9a-f-]{36}\/errors\.csv$/);
      const report = await page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' });
        return {
          status: response.status,
          type: response.headers.get('content-type') ?? '',
          text: await response.text(),
        };
      }, href ?? '');
      expect(report.status).toBe(200);
      expect(report.type).toMatch(/text\/csv/);
      const reportLines = report.text.trim().split(/\r?\n/);
      expect(reportLines[0]).toBe('row,encounter,field,value,code,severity,message');
      expect(reportLines.some((l) => l.startsWith(`6,${PREFIX}-4,coder_id,C999,CODER_UNKNOWN,reject,`))).toBe(true);
      expect(reportLines.some((l) => l.startsWith(`7,${PREFIX}-5,service_date,2025-02-30,`))).toBe(true);
      await saveScreenshot(page, 'imports-page');

      // Re-importing encounter 1 with one more code makes a second version of it, not a duplicate.
      const changed = join(dir, 'changed.csv');
      writeFileSync(
        changed,
        [
          HEADER,
          line(1, '2025-11-03', 'C002', 'E119', 1),
          line(1, '2025-11-03', 'C002', 'I10', 2),
          line(1, '2025-11-03', 'C002', 'J189', 3),
        ].join('\n'),
      );
      await page.getByLabel('File', { exact: true }).setInputFiles(changed);
      await page.getByRole('button', { name: 'Upload and import' }).click();
      await detail.getByRole('heading', { name: /changed\.csv/ }).waitFor(WAIT);
      await detail.locator('.badge', { hasText: 'Done' }).waitFor(WAIT);
      expect(await countOf(page, 'New versions')).toBe('1');
      expect(await countOf(page, 'New encounters')).toBe('0');

      // The encounters list: filtered by id prefix, coder and flag, state in the URL.
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Encounters', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Encounters' }).waitFor(WAIT);
      await page.getByLabel('Encounter ID', { exact: true }).fill(PREFIX);
      await waitForListed(page, [`${PREFIX}-3`, `${PREFIX}-2`, `${PREFIX}-1`]);

      const coderSelect = page.getByLabel('Coder', { exact: true });
      await coderSelect.locator('option', { hasText: '(C002)' }).waitFor({ state: 'attached', ...WAIT });
      const coderId = await coderSelect.locator('option', { hasText: '(C002)' }).getAttribute('value');
      await coderSelect.selectOption(coderId ?? '');
      await page.getByLabel('Setting', { exact: true }).selectOption('outpatient');
      await page.getByLabel('Pre-audit flag', { exact: true }).selectOption('true');
      await waitForListed(page, [`${PREFIX}-3`]);
      const search = new URL(page.url()).searchParams;
      expect([search.get('q'), search.get('coderId'), search.get('setting'), search.get('flagged')]).toEqual([
        PREFIX,
        coderId,
        'outpatient',
        'true',
      ]);

      await page.getByLabel('Pre-audit flag', { exact: true }).selectOption('');
      await page.getByRole('button', { name: /^Encounter/ }).click(); // sort by id, A→Z
      await waitForListed(page, [`${PREFIX}-1`, `${PREFIX}-2`, `${PREFIX}-3`]);
      expect(new URL(page.url()).searchParams.get('sort')).toBe('externalId');
      expect(await listedEncounters(page)).toHaveLength(3);
      await saveScreenshot(page, 'encounters-list');

      await page.getByRole('link', { name: `${PREFIX}-1`, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Encounter ${PREFIX}-1` }).waitFor(WAIT);
      const codeRow = page.locator('.encounter-codes tbody tr', { hasText: 'E11.9' });
      expect(await codeRow.innerText()).toContain('Type 2 diabetes mellitus without complications');
      expect(await page.locator('.encounter-codes tbody tr', { hasText: 'I10' }).innerText()).toContain(
        'Essential (primary) hypertension',
      );
      expect(await page.locator('.encounter-facts').innerText()).toMatch(
        /North Clinic[\s\S]*Outpatient[\s\S]*Aetna[\s\S]*C002/,
      );
      await page.getByText('The pre-audit check found no problems on this version.').waitFor(WAIT);
      expect(await page.locator('.encounter-codes tbody tr').count()).toBe(3);
      await saveScreenshot(page, 'encounter-detail');

      // The first version is still there as it was: two codes.
      const versions = page.getByLabel('Version', { exact: true });
      expect(await versions.locator('option').count()).toBe(2);
      const firstVersion = await versions.locator('option', { hasText: /^Version 1 / }).getAttribute('value');
      await versions.selectOption(firstVersion ?? '');
      await page.locator('.encounter-facts', { hasText: '1 of 2 (earlier version)' }).waitFor(WAIT);
      expect(new URL(page.url()).searchParams.get('version')).toBe(firstVersion);
      expect(await page.locator('.encounter-codes tbody tr').count()).toBe(2);

      // Back to the same filtered list, then the flagged encounter names its problem.
      await page.getByRole('link', { name: 'All encounters' }).click();
      await waitForListed(page, [`${PREFIX}-1`, `${PREFIX}-2`, `${PREFIX}-3`]);
      await page.getByRole('link', { name: `${PREFIX}-3`, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: `Encounter ${PREFIX}-3` }).waitFor(WAIT);
      expect(await page.locator('.encounter-flags').innerText()).toMatch(/Header \(non-billable\) code/);
      expect(await page.locator('.encounter-codes tbody tr', { hasText: 'E11' }).innerText()).toContain(
        'Type 2 diabetes mellitus',
      );
      await saveScreenshot(page, 'encounter-detail-flagged');
    } finally {
      await close();
    }
  });
});
