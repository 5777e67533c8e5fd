// A download from a list screen: the supervisor clicks "Download CSV" on Encounters and gets their teams'
// rows only, with the filters on screen (coders have no Encounters page; their scope is the API spec's).
import { readFileSync } from 'node:fs';
import { newPage } from './support/browser';
import { signIn, WAIT } from './support/journey';
import { DEMO_USERS } from './support/stack';

function rowsOf(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split('\r\n');
  const names = (header ?? '').split(',');
  // The columns read here (ids, setting) never hold commas or quotes.
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i] ?? String(i), cell])));
}

describe('CSV exports in the browser', () => {
  it('downloads the encounters list with the filters on screen and only the supervisor’s teams’ rows', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor);
      await page.goto('/encounters?setting=inpatient');
      const link = page.getByRole('link', { name: 'Download CSV' });
      await link.waitFor({ state: 'visible', ...WAIT });
      expect(await link.getAttribute('href')).toBe('/api/exports/encounters.csv?setting=inpatient&sort=-date');
      const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^encounters-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const rows = rowsOf(readFileSync(path, 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.setting === 'inpatient' && r.setting_label === 'Inpatient')).toBe(true);
      // supervisor@recode.test leads Inpatient and Outpatient & ED, not Professional fee.
      expect(rows.every((r) => r.team === 'Inpatient' || r.team === 'Outpatient & ED')).toBe(true);
    } finally {
      await close();
    }
  });
});
