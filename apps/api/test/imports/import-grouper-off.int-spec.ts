// test database: with code sets
import { randomBytes } from 'node:crypto';
import { JobWorker } from '../../src/jobs/job-worker';
import { signedIn, startTestApp, type TestApp } from '../support/test-app';
import { CODE_LINES_HEADER, ensureImportCodeSets, importFile } from './import-kit';

let t: TestApp;
const src = `go${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  t = await startTestApp({ IMPORT_GROUPER: 'off' });
  await ensureImportCodeSets(t.db);
  t.app.get(JobWorker).start({ imports: 1 });
}, 300_000);
afterAll(() => t.close());

describe('IMPORT_GROUPER=off (operational switch)', () => {
  it('imports inpatient stays with their grouper inputs but without grouping them', async () => {
    const admin = await signedIn(t, 'admin@recode.test');
    // Billed 195 where the grouper says 193 (E1100 is an MCC): grouped, this stay would be flagged.
    const head = `${src},GO-1,FAC-GO,inpatient,2025-01-01,2025-01-15,,Medicare,C001,195,9000`;
    const csv = [
      `${CODE_LINES_HEADER},age,birth_date,sex,discharge_status`,
      `${head},ICD-10-CM,J189,1,Y,Y,,,,70,,F,01`,
      `${head},ICD-10-CM,E1100,2,N,Y,,,,70,,F,01`,
    ].join('\n');
    const imp = await importFile(admin, 'grouper-off.csv', `${csv}\n`);
    expect(imp.status).toBe('succeeded');
    const [stored] = await t.db.query(
      `SELECT v.patient_age, v.patient_sex, v.discharge_status, v.drg, v.grouper_drg, v.grouper_return_code, v.flags
         FROM encounters e JOIN encounter_versions v ON v.id = e.current_version_id WHERE e.source = $1`,
      [src],
    );
    expect(stored).toEqual({
      patient_age: 70,
      patient_sex: 'F',
      discharge_status: '01',
      drg: '195',
      grouper_drg: null,
      grouper_return_code: null,
      flags: [],
    });
    const flagged = await t.db.query(
      `SELECT 1 FROM import_errors WHERE import_id = $1 AND code = 'DRG_GROUPER_DIFFERS'`,
      [imp.id],
    );
    expect(flagged).toEqual([]);
  });
});
