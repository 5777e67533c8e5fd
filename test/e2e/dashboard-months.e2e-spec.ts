// The dashboard opens where fresh work is (an audit of old encounters shows at once), can count by review
// month, says "too few records" instead of a trend arrow from one record a month; and a plan's coder
// chooser lists only the chosen team's coders. The first part is the Professional fee team's (supervisor2,
// coder C003): no other journey works that team, so its default months and figures are this spec's alone while
// other spec files run beside it.
import { newPage } from './support/browser';
import { arrangeAudit } from './support/arrange-audit';
import { apiAs, signIn, WAIT } from './support/journey';
import { DEMO_USERS, stackUrl } from './support/stack';

jest.setTimeout(240_000);

const FACILITY = 'OLDENC-CLINIC';
// C003 (Professional fee team): one pro-fee record in February 2018 (revised), one in March 2018 (right).
const CSV = [
  'encounter_id,setting,coder_id,service_date,facility,code_system,code,sequence,principal',
  `OLDENC-1,profee,C003,2018-02-06,${FACILITY},ICD10CM,E119,1,true`,
  `OLDENC-2,profee,C003,2018-03-13,${FACILITY},ICD10CM,J189,1,true`,
].join('\n');

describe('dashboard months and the plan’s coder chooser', () => {
  beforeAll(async () => {
    const { auditId } = await arrangeAudit({
      csv: CSV,
      source: 'dashboard-months',
      facility: FACILITY,
      name: 'Old encounters',
      sampleSize: 2,
      period: { dateFrom: '2018-02-01', dateTo: '2018-03-31' },
      planner: DEMO_USERS.supervisor2,
    });
    const auditor = await apiAs(DEMO_USERS.auditor);
    for (const item of (await auditor('GET', '/api/worklist')).body.filter((i: any) => i.auditId === auditId)) {
      const revised = item.encounter.externalId === 'OLDENC-1';
      const saved = await auditor('PUT', `/api/audits/${auditId}/items/${item.id}/review`, {
        version: item.version,
        complete: true,
        codes: [{ system: 'ICD10CM', code: revised ? 'E1165' : 'J189', sequence: 1, principal: true }],
        classifications: revised
          ? [
              {
                key: 'revised|ICD10CM|E119|E1165',
                rootCause: 'coder',
                impact: 'data_quality',
                direction: 'under',
                rationale: 'Documented.',
              },
            ]
          : [],
      });
      expect(saved.status).toBe(200);
    }
  });

  it('opens on the latest audit’s months, switches to review months, and does not over-read one record a month', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor2);
      await page.goto(`${stackUrl()}/dashboard`);
      await page.getByRole('heading', { level: 1, name: 'Team accuracy' }).waitFor(WAIT);
      await page.getByText('Apr 2017 – Mar 2018, by encounter month.', { exact: false }).waitFor(WAIT);
      expect(await page.getByLabel('From month').inputValue()).toBe('2017-04');

      await page.goto(`${stackUrl()}/dashboard?from=2018-02&to=2018-03&facility=${FACILITY}`);
      const c003 = page.getByRole('region', { name: 'Coders' }).getByRole('row', { name: /C003/ });
      await c003.waitFor(WAIT);
      expect(await c003.innerText()).toContain('too few records');
      expect(await c003.innerText()).not.toMatch(/[↑↓]/);

      await page.getByLabel('Month of').selectOption('review');
      await page.waitForURL((url) => url.searchParams.get('basis') === 'review', WAIT);
      await page.getByText('by review month.', { exact: false }).waitFor(WAIT);
      expect(await page.getByTestId('team-record-accuracy').innerText()).toBe('50.0% (preliminary)');
    } finally {
      await close();
    }
  });

  it('lists only the chosen team’s coders when planning', async () => {
    const { page, close } = await newPage();
    try {
      await signIn(page, DEMO_USERS.supervisor);
      await page.goto(`${stackUrl()}/audits/plans/new`);
      const coders = page.getByRole('group', { name: /^Coders/ });
      await coders.getByText(/C002/).first().waitFor(WAIT);
      await page
        .getByRole('group', { name: /^Teams/ })
        .getByLabel('Inpatient', { exact: true })
        .check();
      await coders
        .getByText(/C002/)
        .first()
        .waitFor({ state: 'detached', ...WAIT });
      expect(await coders.innerText()).toContain('C001');
    } finally {
      await close();
    }
  });
});
