// test database: with code sets
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let auditor: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  auditor = await signedIn(t, 'auditor@recode.test');
}, 120_000);
afterAll(() => t.close());

const stay = { dischargeDate: '2025-11-03', age: 65, sex: 'F', dischargeStatus: 1, principal: 'J18.9', procedures: [] };

describe('POST /api/grouper/regroup', () => {
  it('regroups the codes with the version of the discharge date, names the MCC and prices the change against the billed DRG', async () => {
    const res = await auditor.post('/api/grouper/regroup', {
      ...stay,
      secondaries: [
        { code: 'E11.00', poa: 'Y' },
        { code: 'Z87891', poa: 'Y' },
      ],
      billedDrg: '195',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 'v43.0',
      fiscalYear: 2026,
      returnCode: 'OK',
      missing: [],
      mdc: 4,
      medSurg: 'MEDICAL',
      severity: 'MCC',
    });
    expect(res.body.drg).toMatchObject({ drg: '193', title: 'SIMPLE PNEUMONIA AND PLEURISY WITH MCC' });
    expect(res.body.billed).toMatchObject({ drg: '195' });
    expect(res.body.secondaries).toEqual([
      { code: 'E1100', poa: 'Y', severity: 'MCC', usage: 'MCC', drives: true },
      { code: 'Z87891', poa: 'Y', severity: 'NONE', usage: 'NEITHER', drives: false },
    ]);
    const { change } = res.body;
    expect(change).toMatchObject({ changed: true, direction: 'under' });
    expect(change.weightDelta).toBeCloseTo(Number(res.body.drg.weight) - Number(res.body.billed.weight), 4);
    expect(change.paymentDelta).toBeGreaterThan(0);
  });

  it('says which inputs are missing and refuses to guess the age', async () => {
    const res = await auditor.post('/api/grouper/regroup', { ...stay, age: null, sex: null, dischargeStatus: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      returnCode: 'INVALID_AGE',
      missing: ['age', 'sex', 'discharge status'],
      drg: { drg: '999' },
    });
  });

  it('answers "no grouper for this year" for a discharge without tables, never another version', async () => {
    const res = await auditor.post('/api/grouper/regroup', { ...stay, dischargeDate: '2018-06-01', billedDrg: '193' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: null,
      returnCode: 'NO_GROUPER_FOR_VERSION',
      drg: null,
      message: expect.stringContaining('no grouper for this year (FY2018)'),
    });
  });

  it("answers bad clinical input with the grouper's return code and a message, never an error", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ principal: 'Q99.99' }, 'INVALID_PDX'],
      [{ age: 130 }, 'INVALID_AGE'],
      [{ principal: 'A51.0', sex: 'U' }, 'INVALID_SEX'],
      [{ dischargeStatus: null, secondaries: [{ code: 'I46.9', poa: 'Y' }] }, 'INVALID_DISCHARGE_STATUS'],
    ];
    for (const [change, returnCode] of cases) {
      const res = await auditor.post('/api/grouper/regroup', { ...stay, secondaries: [], ...change });
      expect([res.status, res.body.returnCode, res.body.drg?.drg]).toEqual([200, returnCode, '999']);
      expect(res.body.message).toEqual(expect.any(String));
    }
    const unknownSecondary = await auditor.post('/api/grouper/regroup', {
      ...stay,
      secondaries: [{ code: 'ZZZ99', poa: 'Y' }],
    });
    expect(unknownSecondary.body).toMatchObject({ returnCode: 'OK', drg: { drg: '195' } });
  });

  it('refuses a malformed body with the field that is wrong, and coders', async () => {
    const bad = await auditor.post('/api/grouper/regroup', { ...stay, dischargeDate: '11/03/2025' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ path: 'body.dischargeDate' })],
    });
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.post('/api/grouper/regroup', stay)).status).toBe(403);
  });
});
