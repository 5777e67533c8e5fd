// test cost: long
// Keyboard and accessibility: the review screen's documented shortcuts, focus kept after a save, and
// axe-core (injected into the page) finding no serious or critical violation on the main screens.
// The pages' CSP forbids inline scripts; axe-core is injected as one, so these contexts bypass the CSP (the other journeys run under it).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { newPage } from './support/browser';
import { arrangeAudit } from './support/arrange-audit';
import { signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl, type DemoUser } from './support/stack';

jest.setTimeout(240_000);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FACILITY = 'A11Y-CLINIC';
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  `A11Y-1,outpatient,C002,2025-06-03,${FACILITY},ICD10CM,E119,1,true`,
  `A11Y-1,outpatient,C002,2025-06-03,${FACILITY},ICD10CM,I10,2,false`,
].join('\n');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}`));
}

async function checkPage(user: DemoUser, path: string, ready: (page: Page) => Promise<unknown>): Promise<string[]> {
  const { page, close } = await newPage({ bypassCSP: true });
  try {
    await signIn(page, user);
    await page.goto(`${stackUrl()}${path}`);
    await ready(page);
    return (await seriousViolations(page)).map((line) => `${path}: ${line}`);
  } finally {
    await close();
  }
}

describe('keyboard and accessibility', () => {
  let auditId = '';
  beforeAll(async () => {
    ({ auditId } = await arrangeAudit({
      csv: CSV,
      source: 'a11y',
      facility: FACILITY,
      name: 'Accessibility',
      sampleSize: 1,
    }));
  });

  it('saves with Ctrl+S keeping the focus, opens the picker with Alt+A and documents the shortcuts', async () => {
    const { page, close } = await newPage({ bypassCSP: true });
    try {
      await signIn(page, DEMO_USERS.auditor);
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: 'A11Y-1', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Record A11Y-1' }).waitFor(WAIT);
      expect(await page.getByLabel('Keyboard shortcuts').innerText()).toMatch(
        /Ctrl\+S save[\s\S]*Ctrl\+Enter save, mark reviewed and next[\s\S]*Alt\+A add an ICD-10-CM code[\s\S]*\/ focus the code picker/,
      );

      const save = page.getByRole('button', { name: 'Save', exact: true });
      await save.focus();
      await page.keyboard.press('Control+s');
      await page.getByText(/^Saved \(version \d+\)\.$/).waitFor(WAIT);
      expect(await save.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.keyboard.press('Alt+a');
      const box = page.getByRole('combobox');
      await box.waitFor(WAIT);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByText('Add ICD-10-CM code').count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('finds no serious or critical axe-core violation on the main screens', async () => {
    const heading = (name: string | RegExp) => (page: Page) =>
      page.getByRole('heading', { level: 1, name }).waitFor(WAIT);
    const problems = [
      ...(await checkPage(DEMO_USERS.supervisor, '/dashboard', (p) =>
        p.locator('.dash-kpis, .state-empty').first().waitFor(WAIT),
      )),
      ...(await checkPage(DEMO_USERS.auditor, '/worklist', (p) => p.locator('.data-table').first().waitFor(WAIT))),
      ...(await checkPage(DEMO_USERS.supervisor, `/audits/${auditId}`, (p) =>
        p.locator('.data-table').first().waitFor(WAIT),
      )),
      ...(await checkPage(DEMO_USERS.coder2, '/feedback', heading('My feedback'))),
      ...(await checkPage(DEMO_USERS.supervisor, '/disputes', heading(/Disputes/))),
    ];
    const { page, close } = await newPage({ bypassCSP: true });
    try {
      await signIn(page, DEMO_USERS.auditor);
      await page.goto(`${stackUrl()}/worklist`);
      await page.getByRole('link', { name: 'A11Y-1', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Record A11Y-1' }).waitFor(WAIT);
      problems.push(...(await seriousViolations(page)).map((line) => `review: ${line}`));
    } finally {
      await close();
    }
    expect(problems).toEqual([]);
  });
});
