// Every accuracy number names its method and "n of N" in a tooltip a keyboard can reach, and says when it is
// preliminary: checked on the coder drill-down (the supervisor) and on My feedback (the coder, C001), on an
// audit of C001's May 2026 records that is still in review. Three of the facility's eight records are drawn;
// the first one reviewed gets a coder-caused revision.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';
import { newPage } from './support/browser';
import { apiAs, importEncounters, signIn, until, WAIT } from './support/journey';
import { databaseUrl, DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(180_000);

const FACILITY = `TIP-${randomBytes(3).toString('hex').toUpperCase()}`;
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [
    `TIP-${n}-${FACILITY},outpatient,C001,2026-05-1${n},${FACILITY},ICD10CM,E119,1,true`,
    `TIP-${n}-${FACILITY},outpatient,C001,2026-05-1${n},${FACILITY},ICD10CM,I10,2,false`,
  ]),
].join('\n');
const MAY = 'from=2026-05&to=2026-05';

/** The figure's tooltip text, after checking that the keyboard reaches the figure and that focus shows the tip. */
async function tooltipOf(page: Page, figure: Locator): Promise<string> {
  expect(await figure.getAttribute('tabindex')).toBe('0');
  await figure.focus();
  expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);
  const id = await figure.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${id}"]`);
  await tip.waitFor({ state: 'visible', ...WAIT });
  return (await tip.innerText()).trim();
}

describe('figure tooltips', () => {
  let coderId = '';
  beforeAll(async () => {
    await importEncounters(CSV, `tip-${FACILITY}`, 'tooltips.csv');
    const db = new Client({ connectionString: databaseUrl() });
    await db.connect();
    const [auditor] = (await db.query(`SELECT id FROM users WHERE email = $1`, [DEMO_USERS.auditor.email])).rows;
    coderId = (await db.query(`SELECT id FROM coders WHERE external_id = 'C001'`)).rows[0].id;
    await db.end();
    // Planned by the admin: C001's team (Inpatient) draws only inpatient records, and these are outpatient.
    const planner = await apiAs(DEMO_USERS.admin);
    const plan = await planner('POST', '/api/audit-plans', {
      name: `Tooltips ${FACILITY}`,
      scope: { facilities: [FACILITY] },
      method: { type: 'simpleRandom', sampleSize: 3 },
      seed: 7,
      exclusionWindowDays: 0,
      auditorIds: [auditor.id],
    });
    expect(plan.status).toBe(201);
    const auditId = (await planner('POST', `/api/audit-plans/${plan.body.id}/run`, {})).body.id as string;
    await until(
      'sampling',
      () => planner('GET', `/api/audits/${auditId}`),
      (r) => r.body?.status === 'in_review',
      60_000,
    );
    const auditorApi = await apiAs(DEMO_USERS.auditor);
    const items = (await auditorApi('GET', '/api/worklist')).body.filter((i: any) => i.auditId === auditId);
    expect(items).toHaveLength(3);
    for (const [index, item] of items.entries()) {
      const revised = index === 0;
      const codes = [
        { system: 'ICD10CM', code: revised ? 'E1165' : 'E119', sequence: 1, principal: true },
        { system: 'ICD10CM', code: 'I10', sequence: 2, principal: false },
      ];
      const classifications = revised
        ? [
            {
              key: 'revised|ICD10CM|E119|E1165',
              rootCause: 'coder',
              impact: 'data_quality',
              direction: 'neutral',
              rationale: 'Hyperglycaemia is documented.',
            },
          ]
        : [];
      expect(
        (
          await auditorApi('PUT', `/api/audits/${auditId}/items/${item.id}/review`, {
            version: item.version,
            codes,
            classifications,
            complete: true,
          })
        ).status,
      ).toBe(200);
    }
  });

  it('the drill-down’s figures name their method and n of N, and the in-review audit is marked preliminary', async () => {
    const supervisor = await apiAs(DEMO_USERS.supervisor);
    // The rollups arrive by a job: wait until the coder's figures count the three records.
    const drill = await until(
      'the drill-down',
      () => supervisor('GET', `/api/dashboard/coders/${coderId}?${MAY}`),
      (r) => r.body?.totals?.recordsReviewed === 3,
      60_000,
    );
    const population = drill.body.totals.recordAccuracy.population as number;
    expect(population).toBeGreaterThanOrEqual(8);
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor);
      await page.goto(`${stackUrl()}/dashboard/coders/${coderId}?${MAY}`);
      await page.getByRole('heading', { level: 1, name: /\(C001\)/ }).waitFor(WAIT);
      const totals = page.getByRole('region', { name: 'Coder accuracy' });
      const record = totals.getByTestId('team-record-accuracy').locator('.stat-figure');
      expect((await totals.getByTestId('team-record-accuracy').innerText()).trim()).toBe('66.7% (preliminary)');
      const tip = await tooltipOf(page, record);
      expect(tip).toContain('exact hypergeometric 95% interval');
      expect(tip).toContain(`n = 3 of ${population} records reviewed`);
      expect(tip).toContain('preliminary');
      const audit = page.getByRole('region', { name: `Tooltips ${FACILITY}` });
      expect(await audit.innerText()).toContain('3 records reviewed, 1 with a coder error (preliminary)');
      expect(await tooltipOf(page, audit.locator('.stat-figure').first())).toMatch(
        /random audit.*1 of 3 records reviewed with a coder error.*preliminary/,
      );
    } finally {
      await close();
    }
  });

  it('My feedback’s figures name their method and n of N, and the month is marked preliminary', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.coder);
      const scores = page.getByRole('region', { name: 'My scores over time' });
      let row: Locator | null = null;
      for (let attempt = 0; attempt < 30 && row === null; attempt += 1) {
        await page.goto(`${stackUrl()}/feedback`);
        await page.getByRole('heading', { level: 1, name: 'My feedback' }).waitFor(WAIT);
        await scores.or(page.getByText('No scores yet.')).first().waitFor(WAIT);
        if ((await scores.count()) > 0) {
          await scores.getByRole('button', { name: 'Show table' }).click();
          const may = scores.getByRole('row', { name: /May 2026/ });
          if ((await may.count()) > 0 && (await may.getByRole('cell').nth(2).innerText()).trim() === '66.7%') row = may;
        }
        if (row === null) await page.waitForTimeout(1000);
      }
      expect(row).not.toBeNull();
      expect(await row!.getByRole('rowheader').innerText()).toContain('(preliminary)');
      const recordTip = await tooltipOf(page, row!.getByRole('cell').nth(2).locator('.stat-figure'));
      expect(recordTip).toMatch(
        /^exact hypergeometric 95% interval \(finite population\) · n = 3 of \d+ records reviewed · preliminary/,
      );
      const codeTip = await tooltipOf(page, row!.getByRole('cell').nth(0).locator('.stat-figure'));
      expect(codeTip).toMatch(
        /^Korn–Graubard 95% interval.* · n = \d+ codes in 3 of \d+ records reviewed · preliminary/,
      );
    } finally {
      await close();
    }
  });
});
