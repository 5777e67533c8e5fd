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
const row = (code: string, seq: number) => [src, 'GR-1', facility, 'inpatient', '2026-01-10', '2026-01-15', '', 'Medicare', 'C001', '195', '8000', '70', 'M', '01', 'ICD-10-CM', code, seq, seq === 1 ? 'Y' : 'N', 'Y'].join(',');
const line = (code: string, sequence: number, principal = false) => ({ system: 'ICD10CM', code, sequence, principal, poa: 'Y' });

beforeAll(async () => {
  t = await startAuditApp({ codeSets: true });
  const admin = await signedIn(t, 'admin@recode.test');
  expect((await admin.patch('/api/settings/audit', { facilityBaseRates: { [facility]: 6500 } })).status).toBe(200);
  const imp = await importFile(admin, 'regroup.csv', [HEADER, row('J189', 1), row('I10', 2)].join('\n') + '\n');
  expect(imp.status).toBe('succeeded');
  const supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  const plan = await supervisor.post('/api/audit-plans', {
    name: 'Regroup spec', scope: { facilities: [facility] }, method: { type: 'simpleRandom', sampleSize: 1 }, seed: 3, exclusionWindowDays: 0,
    auditorIds: [await userId(t.db, 'auditor@recode.test')],
  });
  const run = await supervisor.post(`/api/audit-plans/${plan.body.id}/run`, {});
  expect((await waitSampled(supervisor, run.body.id)).body.status).toBe('in_review');
  const item = (await auditor.get('/api/worklist')).body.find((i: any) => i.auditId === run.body.id);
  itemPath = `/api/audits/${run.body.id}/items/${item.id}`;
}, 300_000);
afterAll(() => t.close());

describe('the DRG finding comes from the regroup of the auditor’s codes', () => {
  it('shows the encounter’s grouper inputs and its grouper DRG at import', async () => {
    const res = await auditor.get(itemPath);
    expect(res.status).toBe(200);
    expect(res.body.grouperInputs).toEqual({ age: 70, sex: 'M', dischargeStatus: 1 });
    expect(res.body.importGrouper).toEqual({ drg: '195', version: 'v43.0', returnCode: 'OK', message: null, missing: [] });
    expect(res.body.auditorDrgSource).toBeNull();
  });

  it('refuses an override without a reason and saves nothing', async () => {
    const res = await put(auditor, `${itemPath}/review`, { version: 1, codes: [line('J189', 1, true), line('I10', 2)], drg: '194' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'DRG_OVERRIDE_REASON_REQUIRED', details: [{ path: 'body.drgOverrideReason' }] });
    expect((await auditor.get(itemPath)).body).toMatchObject({ auditorCodesSaved: false, findings: [], item: { version: 1 } });
  });

  it('adds an MCC: the finding is 195 → 193 with the MCC that drove it and the payment difference', async () => {
    const res = await put(auditor, `${itemPath}/review`, { version: 1, codes: [line('J189', 1, true), line('I10', 2), line('E1100', 3)] });
    expect(res.status).toBe(200);
    expect(res.body.auditorDrg).toEqual({ drg: '193', title: 'SIMPLE PNEUMONIA AND PLEURISY WITH MCC', weight: 1.3144 });
    expect(res.body.auditorDrgSource).toBe('grouper');
    const drg = res.body.findings.find((f: any) => f.type === 'drg_changed');
    expect(drg).toMatchObject({
      key: 'drg_changed|MSDRG|195|193', drgBefore: '195', drgAfter: '193', weightBefore: 0.6285, weightAfter: 1.3144, weightDelta: 0.6859,
      paymentDelta: 4458.35, baseRate: 6500, drgSource: 'grouper', drgDrivers: ['E1100'], drgOverrideReason: null, suggestedDirection: 'under',
    });
  });

  it('keeps an override possible, with its reason on the finding', async () => {
    const res = await put(auditor, `${itemPath}/review`, { version: 2, codes: [line('J189', 1, true), line('I10', 2), line('E1100', 3)], drg: '194', drgOverrideReason: 'payer contract groups with CC' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ auditorDrgSource: 'override', drgOverrideReason: 'payer contract groups with CC', auditorDrg: { drg: '194' } });
    expect(res.body.findings.find((f: any) => f.type === 'drg_changed')).toMatchObject({ drgAfter: '194', drgSource: 'override', drgDrivers: null, drgOverrideReason: 'payer contract groups with CC' });
  });

  it('leaves the billed DRG when the grouper cannot group (an age out of range), without a DRG finding', async () => {
    const res = await put(auditor, `${itemPath}/review`, { version: 3, codes: [line('J189', 1, true), line('E1100', 2)], grouperInputs: { age: 130 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ auditorDrgSource: 'billed', auditorDrg: { drg: '195' } });
    expect(res.body.findings.some((f: any) => f.type === 'drg_changed')).toBe(false);
  });
});
