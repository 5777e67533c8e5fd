// An administrator uploads an 837 with a coder mapping from the imports page: a mapping naming an unknown coder
// is refused with its row, a good one is shown on the import.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage } from './support/browser';
import { DEMO_USERS, stackUrl } from './support/stack';

const WAIT = { timeout: 30_000 };
jest.setTimeout(180_000);

const CLAIM_ID = `MAP${randomBytes(3).toString('hex').toUpperCase()}`;
const isa = [
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *251201*1200*^*00501*000000001*0*T*:~',
];
const body = [
  'GS*HC*S*R*20251201*1200*1*X*005010X222A1~',
  'ST*837*0001*005010X222A1~',
  'BHT*0019*00*1*20251201*1200*CH~',
  'HL*1**20*1~',
  'NM1*85*2*GENERAL HOSPITAL*****XX*1234567893~',
  'HL*2*1*22*0~',
  'SBR*P*18*******MB~',
  'NM1*IL*1*DOE*JANE****MI*M1~',
  `CLM*${CLAIM_ID}*150***11:B:1*Y*A*Y*Y~`,
  'HI*ABK:E119~',
  'LX*1~',
  'SV1*HC:99213*150*UN*1***1~',
  'DTP*472*D8*20251115~',
  'SE*13*0001~',
  'GE*1*1~',
  'IEA*1*000000001~',
];
const X12 = [...isa, ...body].join('\n') + '\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recode-e2e-coder-map-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('coder mapping on the upload form', () => {
  it('refuses a mapping with an unknown coder by its row, and shows a good one on the import', async () => {
    const { page, close } = await newPage();
    try {
      await page.goto(`${stackUrl()}/login`);
      await page.getByLabel('Email', { exact: true }).fill(DEMO_USERS.admin.email);
      await page.getByLabel('Password', { exact: true }).fill(DEMO_USERS.admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname !== '/login', WAIT);
      await page.goto(`${stackUrl()}/imports`);
      await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor(WAIT);

      const claims = join(dir, 'claims.837');
      writeFileSync(claims, X12);
      const bad = join(dir, 'bad-coders.csv');
      writeFileSync(bad, `claim_id,coder_id\n${CLAIM_ID},C999\n`);
      await page.getByLabel('File', { exact: true }).setInputFiles(claims);
      await page.getByLabel(/^Coder mapping/).setInputFiles(bad);
      await page.getByLabel('Source', { exact: true }).fill('e2e-coder-map');
      await page.getByRole('button', { name: 'Upload and import' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'The upload was refused' });
      await refusal.waitFor(WAIT);
      expect(await refusal.innerText()).toMatch(
        /bad-coders\.csv: row 2: coder C999 \(for claim_id MAP\w+\) is not a known coder/,
      );

      const good = join(dir, 'coders.csv');
      writeFileSync(good, `provider_npi,coder_id\n1234567893,C002\n`);
      await page.getByLabel(/^Coder mapping/).setInputFiles(good);
      await page.getByRole('button', { name: 'Upload and import' }).click();
      await page.waitForURL((url) => url.searchParams.has('import'), WAIT);
      const fact = page
        .locator('.import-detail dt', { hasText: 'Coder mapping' })
        .locator('xpath=following-sibling::dd[1]');
      await fact.waitFor(WAIT);
      expect((await fact.innerText()).trim()).toBe('coders.csv · 1 by provider_npi');
    } finally {
      await close();
    }
  });
});
