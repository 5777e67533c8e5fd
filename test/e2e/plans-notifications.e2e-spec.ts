// A supervisor builds a scheduled, targeted plan in the form and edits it; a coder hears about two
// released audits through the header's bell, follows one and marks the rest read.
import type { Page } from 'playwright-core';
import { newPage, saveScreenshot } from './support/browser';
import { apiAs, importEncounters, signIn, until, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(180_000);

// Two inpatient records of C001 (coder@recode.test, Inpatient team, which codes inpatient only) in August
// 2025: a month no other browser spec uses.
const CSV = [
  'encounter_id,setting,coder_id,admission_date,discharge_date,code_system,code,sequence,principal,poa',
  'BELL-1,inpatient,C001,2025-08-03,2025-08-05,ICD10CM,E119,1,true,Y',
  'BELL-1,inpatient,C001,2025-08-03,2025-08-05,ICD10CM,I10,2,false,Y',
  'BELL-2,inpatient,C001,2025-08-04,2025-08-06,ICD10CM,I10,1,true,Y',
].join('\n');

/** Draws one of C001's August records, has Alex Auditor confirm the codes, and releases it: C001 is notified. */
async function releasedAudit(name: string): Promise<string> {
  const supervisor = await apiAs(DEMO_USERS.supervisor);
  const auditor = await apiAs(DEMO_USERS.auditor);
  const alex = (await supervisor<{ id: string; displayName: string }[]>('GET', '/api/audit-plans/auditors')).body.find(
    (a) => a.displayName === 'Alex Auditor',
  );
  const coder = (await supervisor<{ items: { id: string }[] }>('GET', '/api/coders?q=C001&page=1&pageSize=5')).body
    .items[0];
  const plan = await supervisor('POST', '/api/audit-plans', {
    name,
    scope: { dateFrom: '2025-08-01', dateTo: '2025-08-31', coderIds: [coder?.id] },
    method: { type: 'simpleRandom', sampleSize: 1 },
    spares: 0,
    exclusionWindowDays: 0,
    auditorIds: [alex?.id],
  });
  expect(plan.status).toBe(201);
  const run = await supervisor('POST', `/api/audit-plans/${plan.body.id}/run`, { name });
  expect(run.status).toBe(202);
  const auditId = run.body.id as string;
  const sampled = await until(
    'sampling',
    () => supervisor('GET', `/api/audits/${auditId}`),
    (r) => r.body.status !== 'sampling',
  );
  expect(sampled.body.status).toBe('in_review');
  for (const item of (await auditor('GET', `/api/audits/${auditId}/items`)).body) {
    const review = (await auditor('GET', `/api/audits/${auditId}/items/${item.id}`)).body;
    const codes = review.auditorCodes.map(
      ({ system, code, sequence, principal, poa, modifiers, units }: Record<string, unknown>) => ({
        system,
        code,
        sequence,
        principal,
        poa,
        modifiers,
        units,
      }),
    );
    const saved = await auditor('PUT', `/api/audits/${auditId}/items/${item.id}/review`, {
      version: review.item.version,
      codes,
      complete: true,
    });
    expect(saved.status).toBe(200);
  }
  expect((await supervisor('POST', `/api/audits/${auditId}/transitions`, { to: 'released' })).status).toBe(200);
  return auditId;
}

/** The text of a <dd> in the plan's settings, by its <dt>. */
async function fact(page: Page, term: string): Promise<string> {
  const facts = page
    .getByRole('definition')
    .filter({ has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${term}"]`) });
  return (await facts.first().innerText()).trim();
}

describe('plans and notifications', () => {
  beforeAll(() => importEncounters(CSV, 'bell'));

  it('creates a monthly, targeted plan through the form, shows field errors in place, and edits it', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor);
      await page.goto(`${stackUrl()}/audits/plans/new`);
      await page.getByLabel('Plan name').fill('Monthly high-weight review');
      await page.getByLabel('Encounters from').fill('2025-08-01');
      await page.getByLabel('Encounters to').fill('2025-08-31');
      await page.getByLabel('Method').selectOption('simpleRandom');
      // The API refuses a sample larger than the frame (the most the contract allows, more than a month of the demo data
      // holds); its message shows under the size it is about.
      await page.getByLabel('Sample size (records)').fill('100000');
      await page.getByRole('button', { name: 'Preview' }).click();
      const sizeField = page.locator('.field-invalid', { has: page.getByLabel('Sample size (records)') });
      await sizeField.waitFor(WAIT);
      expect(await sizeField.innerText()).toMatch(/larger than the frame of \d+ eligible encounters/);

      // A schedule with fixed dates is refused before sending, next to the schedule.
      await page.getByLabel('Sample size (records)').fill('2');
      await page.getByLabel('Runs').selectOption('monthly');
      await page.getByRole('button', { name: 'Save plan' }).click();
      const runsField = page.locator('.field-invalid', { has: page.getByLabel('Runs') });
      await runsField.waitFor(WAIT);
      expect(await runsField.innerText()).toContain(
        'A scheduled plan needs a relative period (see Period) instead of fixed dates',
      );
      await saveScreenshot(page, 'plans-form-errors');

      await page.getByLabel('Period', { exact: true }).selectOption('previous_month');
      await page.getByLabel('Day of the month').selectOption('15');
      await page.getByLabel('DRG weight above').fill('1.5');
      await page.getByLabel('Coders below target').check();
      await page.getByLabel('Target accuracy (%)').fill('90');
      await page.getByLabel('Combine rules').selectOption('any');
      await page.getByRole('button', { name: 'Save plan' }).click();

      await page.getByRole('heading', { level: 1, name: 'Monthly high-weight review' }).waitFor(WAIT);
      expect(await fact(page, 'Dates')).toBe('Previous month (at each run)');
      expect(await fact(page, 'Schedule')).toBe('Monthly on day 15 at 06:00 UTC (0 6 15 * *)');
      expect(await fact(page, 'Targeting')).toBe('DRG weight above 1.5 or coders below 90%');
      expect(await fact(page, 'Seed')).toContain('generated at each run');
      await saveScreenshot(page, 'plans-scheduled-detail');

      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByRole('heading', { level: 1, name: 'Edit Monthly high-weight review' }).waitFor(WAIT);
      expect(await page.getByLabel('Day of the month').inputValue()).toBe('15');
      expect(await page.getByLabel('DRG weight above').inputValue()).toBe('1.5');
      await page.getByLabel('Day of the month').selectOption('20');
      await page.getByLabel('Seed (optional)').fill('monthly-42');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: 'Plan saved (version 2).' }).waitFor(WAIT);
      expect(await fact(page, 'Schedule')).toBe('Monthly on day 20 at 06:00 UTC (0 6 20 * *)');
      expect(await fact(page, 'Seed')).toBe('monthly-42');

      await page.goto(`${stackUrl()}/audits/plans`);
      expect(await page.getByRole('row', { name: /Monthly high-weight review/ }).innerText()).toContain(
        'Monthly on day 20',
      );
    } finally {
      await close();
    }
  });

  it('tells the coder about released audits with the bell, newest first, and marks them read', async () => {
    const first = await releasedAudit('Bell check A');
    const second = await releasedAudit('Bell check B');
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.coder);
      const bell = page.getByRole('button', { name: 'Notifications: 2 unread' });
      await bell.waitFor(WAIT);
      await bell.click();
      const panel = page.getByRole('region', { name: 'Notifications' });
      await panel.waitFor(WAIT);
      const links = panel.getByRole('link');
      expect(await links.count()).toBe(2);
      expect(await links.nth(0).innerText()).toContain('Audit results: Bell check B');
      expect(await links.nth(1).innerText()).toContain('Audit results: Bell check A');
      await saveScreenshot(page, 'notifications-panel');

      await links.nth(0).click();
      await page.waitForURL((url) => url.pathname === '/feedback' && url.searchParams.get('audit') === second, WAIT);
      await page.getByRole('button', { name: 'Notifications: 1 unread' }).click();
      expect(await panel.getByRole('link', { name: /Unread: Audit results: Bell check A/ }).getAttribute('href')).toBe(
        `/feedback?audit=${first}`,
      );
      await panel.getByRole('button', { name: 'Mark all read' }).click();
      await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor(WAIT);
      const coder = await apiAs(DEMO_USERS.coder);
      expect((await coder<{ unreadCount: number }>('GET', '/api/notifications')).body.unreadCount).toBe(0);
    } finally {
      await close();
    }
  });
});
