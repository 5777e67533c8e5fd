// test database: with code sets
import { randomBytes } from 'node:crypto';
import { importFile } from '../imports/import-kit';
import { userId } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { put, startAuditApp, waitSampled } from '../audits/audit-test-kit';

/**
 * Import → review → DRG finding, by hand: GR-1 is a simple pneumonia (J18.9, I10) billed and grouped 195 (v43.0,
 * FY2026 weight 0.6285). The auditor adds E11.00 (an MCC): the grouper moves it to 193 (weight 1.3144), so the
 * finding is 195 → 193, driven by E1100, and the payment difference at this facility's base rate of 6,500 is
 * (1.3144 − 0.6285) × 6500 = +4,458.35 (the claim was underpaid).
 */
let t: TestApp;
let auditor: ApiClient;
let itemPath: string;
const src = `rg${randomBytes(3).toString('hex')}`;
const facility = `FAC-RG-${src}`;
const HEADER =
  'source,encounter_id,facility,setting,admission_date,discharge_date,service_date,payer,coder_id,drg,total_charges,age,sex,discharge_status,code_system,code,sequence,principal,poa';
const row = (id: string, drg: string, code: string, seq: number) =>
  [
    src,
    id,
    facility,
    'inpatient',
    '2026-01-10',
    '2026-01-15',
    '',
    'Medicare',
    'C001',
    drg,
    '8000',
    '70',
    'M',
    '01',
    'ICD-10-CM',
    code,
    seq,
    seq === 1 ? 'Y' : 'N',
    'Y',
  ].join(',');
const paths = new Map<string, string>();
let supervisor: ApiClient;
const line = (code: string, sequence: number, principal = false) => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal,
  poa: 'Y',
});

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  const admin = await signedIn(t, 'admin@recode.test');
  expect((await admin.patch('/api/settings/audit', { facilityBaseRates: { [facility]: 6500 } })).status).toBe(200);
  // GR-2 is billed and grouped 193 (J18.9 with E11.00); GR-3 is GR-1's twin that the auditor leaves as it is.
  const rows = [
    row('GR-1', '195', 'J189', 1),
    row('GR-1', '195', 'I10', 2),
    row('GR-2', '193', 'J189', 1),
    row('GR-2', '193', 'E1100', 2),
    row('GR-3', '195', 'J189', 1),
  ];
  const imp = await importFile(admin, 'regroup.csv', [HEADER, ...rows].join('\n') + '\n');
  expect(imp.status).toBe('succeeded');
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Regroup spec',
    scope: { facilities: [facility] },
    method: { type: 'simpleRandom', sampleSize: 3 },
    seed: 3,
    exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  expect((await waitSampled(supervisor, run.body.id)).body.status).toBe('in_review');
  for (const item of (await auditor.get('/api/worklist')).body.filter((i: any) => i.auditId === run.body.id)) {
    paths.set(item.encounter.externalId, `/api/audits/${run.body.id}/items/${item.id}`);
  }
  itemPath = paths.get('GR-1') as string;
}, 300_000);
afterAll(() => t.close());

describe('the DRG finding comes from the regroup of the auditor’s codes', () => {
  it('shows the encounter’s grouper inputs and its grouper DRG at import', async () => {
    const res = await auditor.get(itemPath);
    expect(res.status).toBe(200);
    expect(res.body.grouperInputs).toEqual({ age: 70, sex: 'M', dischargeStatus: 1 });
    expect(res.body.importGrouper).toEqual({
      drg: '195',
      version: 'v43.0',
      returnCode: 'OK',
      message: null,
      missing: [],
    });
    expect(res.body.auditorDrgSource).toBeNull();
  });

  it('refuses an override without a reason and saves nothing', async () => {
    const res = await put(auditor, `${itemPath}/review`, {
      version: 1,
      codes: [line('J189', 1, true), line('I10', 2)],
      drg: '194',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'DRG_OVERRIDE_REASON_REQUIRED',
      details: [{ path: 'body.drgOverrideReason' }],
    });
    expect((await auditor.get(itemPath)).body).toMatchObject({
      auditorCodesSaved: false,
      findings: [],
      item: { version: 1 },
    });
  });

  it('adds an MCC: the finding is 195 → 193 with the MCC that drove it and the payment difference', async () => {
    const res = await put(auditor, `${itemPath}/review`, {
      version: 1,
      codes: [line('J189', 1, true), line('I10', 2), line('E1100', 3)],
    });
    expect(res.status).toBe(200);
    expect(res.body.auditorDrg).toEqual({
      drg: '193',
      title: 'SIMPLE PNEUMONIA AND PLEURISY WITH MCC',
      weight: 1.3144,
    });
    expect(res.body.auditorDrgSource).toBe('grouper');
    const drg = res.body.findings.find((f: any) => f.type === 'drg_changed');
    expect(drg).toMatchObject({
      key: 'drg_changed|MSDRG|195|193',
      drgBefore: '195',
      drgAfter: '193',
      weightBefore: 0.6285,
      weightAfter: 1.3144,
      weightDelta: 0.6859,
      paymentDelta: 4458.35,
      baseRate: 6500,
      drgSource: 'grouper',
      drgDrivers: ['E1100'],
      drgOverrideReason: null,
      suggestedDirection: 'under',
    });
  });

  it('keeps an override possible, with its reason on the finding', async () => {
    const res = await put(auditor, `${itemPath}/review`, {
      version: 2,
      codes: [line('J189', 1, true), line('I10', 2), line('E1100', 3)],
      drg: '194',
      drgOverrideReason: 'payer contract groups with CC',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      auditorDrgSource: 'override',
      drgOverrideReason: 'payer contract groups with CC',
      auditorDrg: { drg: '194' },
    });
    expect(res.body.findings.find((f: any) => f.type === 'drg_changed')).toMatchObject({
      drgAfter: '194',
      drgSource: 'override',
      drgDrivers: null,
      drgOverrideReason: 'payer contract groups with CC',
    });
  });

  it('leaves the billed DRG when the grouper cannot group (an age out of range), without a DRG finding', async () => {
    const res = await put(auditor, `${itemPath}/review`, {
      version: 3,
      codes: [line('J189', 1, true), line('E1100', 2)],
      grouperInputs: { age: 130 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ auditorDrgSource: 'billed', auditorDrg: { drg: '195' } });
    expect(res.body.findings.some((f: any) => f.type === 'drg_changed')).toBe(false);
  });
});

/**
 * Dashboard dollars by hand (base rate 6,500; FY2026 weights 193 = 1.3144, 195 = 0.6285):
 *  GR-1 195 → 193 (E11.00 added): +0.6859 × 6500 = +4,458.35 underpayment;
 *  GR-2 193 → 195 (E11.00 deleted): −0.6859 × 6500 = −4,458.35, i.e. 4,458.35 overpayment;
 *  GR-3 unchanged. DRG accuracy 1 of 3 records.
 */
describe('DRG accuracy and DRG-change dollars on the dashboard', () => {
  const classify = (key: string, direction: string) => ({
    key,
    rootCause: 'coder',
    impact: 'financial',
    direction,
    rationale: 'documented in the chart',
  });
  beforeAll(async () => {
    const gr1 = await put(auditor, `${itemPath}/review`, {
      version: 4,
      codes: [line('J189', 1, true), line('I10', 2), line('E1100', 3)],
      grouperInputs: { age: 70 },
      complete: true,
      classifications: [classify('added|ICD10CM||E1100', 'under'), classify('drg_changed|MSDRG|195|193', 'under')],
    });
    expect(gr1.status).toBe(200);
    const gr2 = await put(auditor, `${paths.get('GR-2')}/review`, {
      version: 1,
      codes: [line('J189', 1, true)],
      complete: true,
      classifications: [classify('deleted|ICD10CM|E1100|', 'over'), classify('drg_changed|MSDRG|193|195', 'over')],
    });
    expect(gr2.status).toBe(200);
    expect(gr2.body.findings.find((f: any) => f.type === 'drg_changed')).toMatchObject({
      paymentDelta: -4458.35,
      drgSource: 'grouper',
      drgDrivers: [],
    });
    expect(
      (
        await put(auditor, `${paths.get('GR-3')}/review`, {
          version: 1,
          codes: [line('J189', 1, true)],
          complete: true,
        })
      ).status,
    ).toBe(200);
  }, 60_000);

  it('gives DRG accuracy with its interval, over- and underpayment apart, and the shifts', async () => {
    const res = await supervisor.get(`/api/dashboard/drg?from=2026-01&to=2026-01&facility=${facility}`);
    expect(res.status).toBe(200);
    expect(res.body.totals).toMatchObject({
      records: 3,
      unchanged: 1,
      overpayment: 4458.35,
      underpayment: 4458.35,
      overpaymentRecords: 1,
      underpaymentRecords: 1,
    });
    expect(res.body.totals.accuracy).toMatchObject({ estimate: 1 / 3, n: 3, method: expect.any(String) });
    expect(res.body.totals.accuracy.lower).toBeLessThan(1 / 3);
    expect(res.body.coders).toEqual([
      expect.objectContaining({ records: 3, unchanged: 1, overpayment: 4458.35, underpayment: 4458.35 }),
    ]);
    expect(res.body.teams).toHaveLength(1);
    expect(res.body.shifts).toEqual([
      { from: '193', to: '195', records: 1, paymentDelta: -4458.35 },
      { from: '195', to: '193', records: 1, paymentDelta: 4458.35 },
    ]);
    const coderId = res.body.coders[0].id;
    const drill = await supervisor.get(
      `/api/dashboard/coders/${coderId}/drg?from=2026-01&to=2026-01&facility=${facility}`,
    );
    expect(drill.status).toBe(200);
    expect(drill.body.totals).toMatchObject({ records: 3, unchanged: 1 });
    expect((await auditor.get(`/api/dashboard/drg?facility=${facility}`)).status).toBe(403);
  });
});
