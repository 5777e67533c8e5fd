// The review screen by keyboard: a final-code line is at most two tab stops (its POA field and one
// actions menu), the menu works with the arrow keys and Escape, a deleted line hands the focus to its
// neighbour, and after a save the focus is back on the saved line's field, never on the page body.
import type { Page } from 'playwright-core';
import { newPage } from './support/browser';
import { arrangeAudit, INPATIENT_HEADER } from './support/arrange-audit';
import { signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(180_000);

const FACILITY = 'KBD-HOSP';
const CODES = ['I5021', 'I4891', 'E119', 'N179'];
const CSV = [
  INPATIENT_HEADER,
  ...CODES.map(
    (code, i) => `KBD-1,inpatient,C001,2025-10-06,2025-10-09,${FACILITY},291,ICD10CM,${code},${i + 1},${i === 0},Y`,
  ),
].join('\n');

/** What has the focus: "poa:<code>", "actions:<code>", a button's text, or "body". */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const label = el.getAttribute('aria-label') ?? '';
    if (label.startsWith('POA for ')) return `poa:${label.slice(8)}`;
    if (label.startsWith('Actions for ')) return `actions:${label.slice(12)}`;
    return (el.textContent ?? '').trim() || el.tagName.toLowerCase();
  });
}

describe('review screen by keyboard', () => {
  beforeAll(() =>
    arrangeAudit({ csv: CSV, source: 'review-keyboard', facility: FACILITY, name: 'Review keyboard', sampleSize: 1 }),
  );

  it('takes two tab stops per line, works the line menu by keys and keeps the focus on the saved line', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.auditor);
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: 'KBD-1', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Record KBD-1' }).waitFor(WAIT);

      // From the top of the page to "Add ICD-10-CM", recording every stop.
      await page.locator('body').focus();
      const stops: string[] = [];
      for (let i = 0; i < 80 && stops.at(-1) !== 'Add ICD-10-CM'; i += 1) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }
      expect(stops.at(-1)).toBe('Add ICD-10-CM');
      const lineStops = stops.filter((s) => s.startsWith('poa:') || s.startsWith('actions:'));
      expect(lineStops).toEqual(['I50.21', 'I48.91', 'E11.9', 'N17.9'].flatMap((c) => [`poa:${c}`, `actions:${c}`]));
      // Nothing else in the final-codes table is a tab stop, and the page header stays small.
      expect(stops.length - lineStops.length).toBeLessThanOrEqual(16);

      // Across one line: POA, its menu, then the next line's POA.
      await page.getByLabel('POA for I48.91').focus();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('actions:I48.91');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('poa:E11.9');

      // The menu: Enter opens it on its first item, arrows move, Escape returns to the button.
      await page.getByRole('button', { name: 'Actions for E11.9' }).focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu', { name: 'Actions for E11.9' });
      await menu.waitFor(WAIT);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move E11.9 up');
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Delete E11.9');
      await page.keyboard.press('Escape');
      expect(await menu.count()).toBe(0);
      expect(await focused(page)).toBe('actions:E11.9');

      // Delete by keyboard: the focus goes to the next line's menu.
      await page.keyboard.press('ArrowDown');
      await menu.waitFor(WAIT);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Actions for E11.9' }).waitFor({ state: 'detached', ...WAIT });
      expect(await focused(page)).toBe('actions:N17.9');

      // A save by Ctrl+S from a line's POA field leaves the focus on that field of the saved line.
      const poa = page.getByLabel('POA for I48.91');
      await poa.focus();
      await poa.selectOption('N');
      await page.keyboard.press('Control+s');
      await page.getByText(/^Saved \(version \d+\)\.$/).waitFor(WAIT);
      expect(await focused(page)).toBe('poa:I48.91');
      expect(await page.getByLabel('POA for I48.91').inputValue()).toBe('N');
    } finally {
      await close();
    }
  });
});
