import { randomBytes } from 'node:crypto';
import { coderIds, userId } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { startAuditApp } from './audit-test-kit';
import { drawnAudit, ratstatsCli } from './ratstats-kit';

/**
 * RAT-STATS 2010 "Single Stage Random Numbers" Test00 through the product: seed 4967669.23, quantity 400,
 * frame −5000..50000 (55,001 numbers); RAT-STATS prints the sample's first lines (264, −4972) (293, −4704)
 * (225, −4630) (the published case libs/domain's random-numbers.spec pins). Here 55,001 records numbered
 * 1..55,001 by record number are that frame shifted by 5,001, so each sampled record's number − 5,001 is the
 * value RAT-STATS prints, with the same selection order. Spares: the plan allows 100 of Test00's 500; spares
 * come in draw order, so they are Test00's first 100.
 */
let t: TestApp;
let supervisor: ApiClient;
const facility = `FAC-T00-${randomBytes(3).toString('hex')}`;
const FRAME_SIZE = 55_001;
const SHIFT = 5_001;

beforeAll(async () => {
  t = await startAuditApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  const [c001] = await coderIds(t.db, ['C001']);
  // One statement for 55,001 encounters and their versions; record numbers <facility>-00001 … -55001.
  await t.db.query(
    `WITH n AS (SELECT k, gen_random_uuid() AS eid, gen_random_uuid() AS vid FROM generate_series(1, $3::int) AS k),
          e AS (INSERT INTO encounters (id, source, external_id, current_version_id, version_count, coder_id, setting, facility, encounter_date, fiscal_year, flagged, code_count)
                SELECT eid, 'test', $1 || '-' || lpad(k::text, 5, '0'), vid, 1, $2, 'inpatient', $1, '2026-01-15', 2026, false, 0 FROM n RETURNING id)
     INSERT INTO encounter_versions (id, encounter_id, version, content_hash, setting, facility, admission_date, discharge_date, encounter_date, fiscal_year, coder_id, flags, flagged, code_count)
     SELECT vid, eid, 1, gen_random_uuid(), 'inpatient', $1, '2026-01-15', '2026-01-15', '2026-01-15', 2026, $2, '{}', false, 0 FROM n`,
    [facility, c001, FRAME_SIZE],
  );
  // Both parts of the statement must have landed before the plan is run.
  const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM encounters WHERE facility = $1', [facility]);
  expect(n).toBe(FRAME_SIZE);
}, 240_000);
afterAll(() => t.close());

it('draws Test00: the sampled records are numbers RAT-STATS prints + 5,001, in its selection order', async () => {
  const auditorId = await userId(t.db, 'auditor@recode.test');
  const { audit, items } = await drawnAudit(supervisor, {
    name: 'RAT-STATS Test00',
    scope: { facilities: [facility] },
    method: { type: 'ratstats', sampleSize: 400, frameOrder: 'externalId' },
    seed: '4967669.23',
    spares: 100,
    exclusionWindowDays: 0,
    auditorIds: [auditorId],
  });
  expect(audit.frameSize).toBe(FRAME_SIZE);
  const printed = ratstatsCli({ seed: 4967669.23, n: 400, low: -5000, high: 50000, spares: 100 });
  expect(printed.sample.slice(0, 3)).toEqual([
    [264, -4972],
    [293, -4704],
    [225, -4630],
  ]);
  const value = (item: any): [number, number] => [item.drawOrder, Number(item.encounter.externalId.slice(-5)) - SHIFT];
  const sample = items.filter((i) => i.status === 'assigned').map(value);
  const spares = items.filter((i) => i.status === 'spare').map(value);
  expect(sample.sort((a, b) => a[1] - b[1])).toEqual(printed.sample);
  expect(spares.sort((a, b) => a[0] - b[0])).toEqual(printed.spares);

  const report: string = (await supervisor.get(`/api/audits/${audit.id}/ratstats?part=report`)).body;
  expect(report).toContain('Seed: 4967669.23\n');
  expect(report).toContain(`Frame: low 1, high ${FRAME_SIZE} (frame size ${FRAME_SIZE})\n`);
  expect(report).toContain(`Sum of all numbers generated: ${printed.sum + 500 * SHIFT}\n`);
  expect(report).toContain(
    'Sequential order\n   Order       Value\n     264          29\n     293         297\n     225         371\n',
  );
}, 240_000);
