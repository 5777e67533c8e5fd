// The review screen when a save is refused: the line is named as the screen numbers it, with its code
// as read (I48.91), highlighted and focused; the import's flags are shown; the POA choices have full
// labels and offer "exempt" only for a POA-exempt code.
import type { Locator } from 'playwright-core';
import { newPage } from './support/browser';
import { arrangeAudit, INPATIENT_HEADER } from './support/arrange-audit';
import { signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(180_000);

const FACILITY = 'REVERR-HOSP';
// I48.91 has no POA (the import flags it); Z23 is on the FY2026 POA-exempt list and rightly blank.
const CSV = [
  INPATIENT_HEADER,
  `REVERR-1,inpatient,C001,2025-10-06,2025-10-09,${FACILITY},291,ICD10CM,I5021,1,true,Y`,
  `REVERR-1,inpatient,C001,2025-10-06,2025-10-09,${FACILITY},291,ICD10CM,I4891,2,false,`,
  `REVERR-1,inpatient,C001,2025-10-06,2025-10-09,${FACILITY},291,ICD10CM,Z23,3,false,`,
].join('\n');

/** Whether the select shows its chosen option's whole text (the walk-through saw a clipped "e" for "exempt"). */
async function showsWholeChoice(select: Locator): Promise<boolean> {
  return select.evaluate((el) => {
    const s = el as HTMLSelectElement;
    const style = getComputedStyle(s);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = style.font;
    const text = s.options[s.selectedIndex]?.text ?? '';
    // Room for the text: the box less its padding and the drop-down arrow (about 20 px in Chromium).
    const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return context.measureText(text).width <= room;
  });
}

describe('review screen: a refused save', () => {
  beforeAll(() =>
    arrangeAudit({ csv: CSV, source: 'review-errors', facility: FACILITY, name: 'Review errors', sampleSize: 1 }),
  );

  it('names, highlights and focuses the line, shows the import flags and honest POA choices', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.auditor);
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: 'REVERR-1', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Record REVERR-1' }).waitFor(WAIT);

      const flags = page.getByRole('region', { name: 'Flagged by the import’s pre-audit check' });
      expect(await flags.innerText()).toContain('POA indicator missing');

      const poa = page.getByLabel('POA for I48.91');
      const choices = (await poa.locator('option').allInnerTexts()).map((t) => t.trim());
      expect(choices).toEqual([
        'Missing – choose',
        'Y – Present on admission',
        'N – Not present on admission',
        'U – Documentation insufficient',
        'W – Clinically undetermined',
      ]);
      const exemptChoices = (await page.getByLabel('POA for Z23').locator('option').allInnerTexts()).map((t) =>
        t.trim(),
      );
      expect(exemptChoices[0]).toBe('Exempt (blank)');
      expect(exemptChoices).toContain('1 – Exempt (837I marker)');
      expect(await showsWholeChoice(poa)).toBe(true);
      expect(await showsWholeChoice(page.getByLabel('POA for Z23'))).toBe(true);

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'The record was not saved' });
      await alert.waitFor(WAIT);
      expect(await alert.innerText()).toContain('ICD-10-CM line 2, I48.91: inpatient diagnoses need a POA indicator');
      expect(await alert.innerText()).not.toContain('body.codes');
      const row = page.locator('tr.row-error');
      expect(await row.count()).toBe(1);
      expect(await row.getByRole('cell').nth(2).innerText()).toContain('I48.91');
      expect(await poa.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await poa.getAttribute('aria-invalid')).toBe('true');

      // Choosing an indicator clears the highlight, and the save goes through.
      await poa.selectOption('N');
      expect(await page.locator('tr.row-error').count()).toBe(0);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText(/^Saved \(version \d+\)\.$/).waitFor(WAIT);
    } finally {
      await close();
    }
  });
});
