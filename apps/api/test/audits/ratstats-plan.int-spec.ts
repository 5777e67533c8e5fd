import { randomBytes } from 'node:crypto';
import { RATSTATS_ALGORITHM } from '@recode/contracts';
import { coderIds, createEncounter, userId } from '../support/audit-factories';
import { ApiClient, signedIn, type TestApp } from '../support/test-app';
import { startAuditApp } from './audit-test-kit';
import { drawnAudit, ratstatsCli, runPlan } from './ratstats-kit';

/**
 * An audit planned with "RAT-STATS random numbers": the frame (23 inpatient records of one facility,
 * created out of order) is numbered 1..23 by record number, and the sample and spares must be exactly
 * the records at the numbers `npm run ratstats -- random` prints for the same seed, quantity, spares
 * and frame 1..23 (ratstatsCli: that CLI without the process). The published Test00 case runs in
 * ratstats-published.int-spec.ts.
 */
let t: TestApp;
let supervisor: ApiClient;
let auditor: ApiClient;
let auditorId: string;
const facility = `FAC-R-${randomBytes(3).toString('hex')}`;
const FRAME_SIZE = 23;
/** Record numbers in the stated order (byte order of the external id); created in another order below. */
const frame = Array.from({ length: FRAME_SIZE }, (_, i) => `${facility}-${String(i + 1).padStart(3, '0')}`);
/** Dates run against the record numbers, so the encounterDate order numbers the frame backwards. */
const dateOf = (k: number): string => new Date(Date.UTC(2026, 0, 31 - k)).toISOString().slice(0, 10);
const SEED = '4967669.23';

const plan = (overrides: Record<string, unknown> = {}) => ({
  name: 'RAT-STATS probe',
  scope: { facilities: [facility] },
  method: { type: 'ratstats', sampleSize: 5, frameOrder: 'externalId' },
  seed: SEED,
  spares: 3,
  exclusionWindowDays: 0,
  auditorIds: [auditorId],
  ...overrides,
});

const drawn = (body: Record<string, unknown>) => drawnAudit(supervisor, body);

const csvRows = (text: string): string[][] =>
  text
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

beforeAll(async () => {
  t = await startAuditApp();
  supervisor = await signedIn(t, 'supervisor@recode.test');
  auditor = await signedIn(t, 'auditor@recode.test');
  auditorId = await userId(t.db, 'auditor@recode.test');
  const [c001] = await coderIds(t.db, ['C001']);
  // Created in a scrambled order, so neither creation order nor uuid order equals the stated order.
  for (const k of [...frame.keys()].sort((a, b) => ((a * 7) % FRAME_SIZE) - ((b * 7) % FRAME_SIZE)))
    await createEncounter(t.db, {
      setting: 'inpatient',
      encounterDate: dateOf(k + 1),
      facility,
      coderId: c001 as string,
      externalId: frame[k],
    });
}, 240_000);
afterAll(() => t.close());

describe('an audit planned with RAT-STATS random numbers', () => {
  let audit: any;
  let items: any[];
  const cli = () => ratstatsCli({ seed: Number(SEED), n: 5, low: 1, high: FRAME_SIZE, spares: 3 });

  beforeAll(async () => {
    ({ audit, items } = await drawn(plan()));
  }, 60_000);

  it('samples exactly the frame records at the numbers `ratstats random` gives, draw order = RAT-STATS selection order', () => {
    const expected = cli();
    expect(audit).toMatchObject({ seed: SEED, algorithm: RATSTATS_ALGORITHM, frameSize: FRAME_SIZE, sampleSize: 5 });
    expect(audit.spareCount).toBe(3);
    const byOrder = (status: string) =>
      items
        .filter((i) => i.status === status)
        .map((i) => [i.drawOrder, i.encounter.externalId])
        .sort((a, b) => a[0] - b[0]);
    const atNumbers = (pairs: [number, number][]) =>
      pairs.map(([order, k]) => [order, frame[k - 1]]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(byOrder('assigned')).toEqual(atNumbers(expected.sample));
    expect(byOrder('spare')).toEqual(atNumbers(expected.spares));
  });

  it('stores seed, frame size and the numbers with their selection order, so the draw can be re-checked', async () => {
    const expected = cli();
    const [row] = await t.db.query(
      `SELECT seed, frame_order, frame_size, sample_numbers, spare_numbers, numbers_sum::float8 AS sum, cardinality(frame_version_ids) AS ids
         FROM audit_ratstats_draws WHERE audit_id = $1`,
      [audit.id],
    );
    expect(row).toEqual({
      seed: SEED,
      frame_order: 'externalId',
      frame_size: FRAME_SIZE,
      ids: FRAME_SIZE,
      sample_numbers: [...expected.sample].sort((a, b) => a[0] - b[0]).map(([, k]) => k),
      spare_numbers: expected.spares.map(([, k]) => k),
      sum: expected.sum,
    });
  });

  it('redraws the same records from the same plan, seed and frame', async () => {
    const again = await drawn(plan({ name: 'RAT-STATS probe again' }));
    const ids = (list: any[]) => list.map((i) => [i.drawOrder, i.status, i.encounter.externalId]);
    expect(ids(again.items)).toEqual(ids(items));
  });

  it('exports the numbered frame as CSV, 1..N in the stated order, and logs the download', async () => {
    const res = await supervisor.get(`/api/audits/${audit.id}/ratstats?part=frame`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual(['frame_number', 'encounter', 'encounter_date', 'setting', 'facility', 'coder']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(
      frame.map((x, k) => [String(k + 1), x, dateOf(k + 1)]),
    );
    const [logged] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'audit.exported' AND entity_id = $1 AND details->'filters'->>'part' = 'ratstats_frame'`,
      [audit.id],
    );
    expect(logged.details).toMatchObject({ rows: FRAME_SIZE, complete: true });
  });

  it('exports the selection: sample ascending by frame number, then spares in draw order', async () => {
    const expected = cli();
    const res = await auditor.get(`/api/audits/${audit.id}/ratstats?part=selection`);
    expect(res.status).toBe(200);
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual([
      'kind',
      'selection_order',
      'frame_number',
      'encounter',
      'encounter_date',
      'setting',
      'facility',
      'coder',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ...expected.sample.map(([o, k]) => ['sample', String(o), String(k), frame[k - 1]]),
      ...expected.spares.map(([o, k]) => ['spare', String(o), String(k), frame[k - 1]]),
    ]);
  });

  it('prints the report in RAT-STATS’s layout with the CLI’s numbers and sum', async () => {
    const expected = cli();
    const res = await supervisor.get(`/api/audits/${audit.id}/ratstats?part=report`);
    expect(res.status).toBe(200);
    const line = ([o, k]: [number, number]) => `${String(o).padStart(8)}${String(k).padStart(12)}`;
    const text: string = res.body;
    expect(text).toContain(`Seed: ${SEED}\n`);
    expect(text).toContain(`Frame: low 1, high ${FRAME_SIZE} (frame size ${FRAME_SIZE})\n`);
    expect(text).toContain(`Sum of all numbers generated: ${expected.sum}\n`);
    expect(text).toContain(`Sequential order\n   Order       Value\n${expected.sample.map(line).join('\n')}\n`);
    expect(text).toContain(`Spares (random order)\n   Order       Value\n${expected.spares.map(line).join('\n')}\n`);
  });

  it('is refused to coders (403) and to auditors without a record in the audit (404)', async () => {
    const coder = await signedIn(t, 'coder@recode.test');
    expect((await coder.get(`/api/audits/${audit.id}/ratstats?part=frame`)).status).toBe(403);
    const other = await signedIn(t, 'auditor2@recode.test');
    expect((await other.get(`/api/audits/${audit.id}/ratstats?part=frame`)).status).toBe(404);
  });

  it('numbers the frame by encounter date when the plan says so', async () => {
    const byDate = await drawn(
      plan({ name: 'By date', method: { type: 'ratstats', sampleSize: 4, frameOrder: 'encounterDate' } }),
    );
    const rows = csvRows((await supervisor.get(`/api/audits/${byDate.audit.id}/ratstats?part=frame`)).body);
    expect(rows.slice(1).map((r) => r[1])).toEqual([...frame].reverse());
  });
});

describe('bad input to a RAT-STATS plan is a 400 naming the field', () => {
  const fieldOf = (res: { body: any }) => res.body.error.details.map((d: { path: string }) => d.path);

  it.each([['abc'], ['0'], ['1e5'], ['1000000000001'], [-5]])('seed %p', async (seed) => {
    const res = await supervisor.post('/api/audit-plans', plan({ seed }));
    expect(res.status).toBe(400);
    expect(fieldOf(res)).toContain('body.seed');
  });

  it('targeting rules', async () => {
    const res = await supervisor.post('/api/audit-plans', plan({ rules: { rules: [{ type: 'flaggedAtImport' }] } }));
    expect(res.status).toBe(400);
    expect(fieldOf(res)).toContain('body.rules');
  });

  it('n larger than the frame', async () => {
    const started = await runPlan(supervisor, plan({ method: { type: 'ratstats', sampleSize: FRAME_SIZE + 1 } }));
    expect(started.status).toBe(400);
    expect(started.body.error.code).toBe('SAMPLE_LARGER_THAN_FRAME');
    expect(fieldOf(started)).toContain('body.method');
  });

  it('more spares than the frame holds beyond the sample', async () => {
    const started = await runPlan(supervisor, plan({ method: { type: 'ratstats', sampleSize: 20 }, spares: 4 }));
    expect(started.status).toBe(400);
    expect(started.body.error).toMatchObject({ code: 'RATSTATS_INPUT_INVALID' });
    expect(fieldOf(started)).toEqual(['body.spares']);
  });

  it('a run’s seed override that RAT-STATS does not accept', async () => {
    const started = await runPlan(supervisor, plan({ name: 'override' }), { seed: 'not-a-number' });
    expect(started.status).toBe(400);
    expect(fieldOf(started)).toEqual(['body.seed']);
  });

  it('the downloads of an audit drawn by another method answer 409', async () => {
    const ours = await drawn(plan({ name: 'ours', method: { type: 'simpleRandom', sampleSize: 2 }, seed: 'x' }));
    const res = await supervisor.get(`/api/audits/${ours.audit.id}/ratstats?part=report`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('AUDIT_NOT_RATSTATS');
  });
});
