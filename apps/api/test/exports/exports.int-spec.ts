// test cost: long
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createEncounter, createFrame } from '../support/audit-factories';
import { createCoder, createTeam, createUser } from '../support/factories';
import { ApiClient, signedIn, startTestApp, type TestApp } from '../support/test-app';

// CSV downloads of the lists: same filters and scope as the list endpoints, readable names, formula-safe cells, audit-logged.
let t: TestApp;
let team: { id: string; name: string };
let mine: { id: string; externalId: string };
let other: { id: string; externalId: string };
let coder: ApiClient;

const signIn = async (
  role: 'coder' | 'supervisor' | 'auditor',
  opts: { teamIds?: string[]; coderId?: string } = {},
): Promise<ApiClient> => {
  const user = await createUser(t.db, { role, ...opts });
  const client = new ApiClient(t.url, `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
  await client.login(user.email, user.password);
  return client;
};

/** RFC 4180 rows of a small file (quoted fields may hold commas and quotes, not line breaks here). */
function parseCsv(text: string): Record<string, string>[] {
  const lines = text.trim().split('\r\n').map(splitLine);
  const [header, ...rows] = lines;
  return rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

beforeAll(async () => {
  t = await startTestApp();
  team = await createTeam(t.db);
  mine = await createCoder(t.db, { teamId: team.id });
  other = await createCoder(t.db);
  await createEncounter(t.db, {
    coderId: mine.id,
    externalId: `MINE-${mine.externalId}-1`,
    setting: 'profee',
    facility: '=HYPERLINK("http://evil","x")',
    codes: [{ system: 'ICD10CM', code: 'A419' }],
  });
  await createEncounter(t.db, {
    coderId: mine.id,
    externalId: `MINE-${mine.externalId}-2`,
    setting: 'inpatient',
    facility: '+cmd|calc',
    encounterDate: '2026-02-10',
  });
  await createEncounter(t.db, { coderId: other.id, externalId: `OTHER-${other.externalId}-1`, setting: 'profee' });
  coder = await signIn('coder', { coderId: mine.id });
});
afterAll(() => t.close());

describe('GET /api/exports/encounters.csv', () => {
  it('gives a coder only their own encounters, whatever coder filter they send', async () => {
    const res = await coder.get('/api/exports/encounters.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="encounters-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parseCsv(String(res.body));
    expect(rows.map((r) => r.encounter).sort()).toEqual([`MINE-${mine.externalId}-1`, `MINE-${mine.externalId}-2`]);
    const asked = parseCsv(String((await coder.get(`/api/exports/encounters.csv?coderId=${other.id}`)).body));
    expect(asked).toEqual([]);
  });

  it("gives a supervisor their team's coders only, and an auditor with no audit and no team nothing", async () => {
    const supervisor = await signIn('supervisor', { teamIds: [team.id] });
    const rows = parseCsv(String((await supervisor.get('/api/exports/encounters.csv')).body));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.coder === mine.externalId)).toBe(true);
    const auditor = await signIn('auditor');
    expect(parseCsv(String((await auditor.get('/api/exports/encounters.csv')).body))).toEqual([]);
    expect((await new ApiClient(t.url).get('/api/exports/encounters.csv')).status).toBe(401);
  });

  it('applies the list filters and carries readable names, labels and dotted codes beside the ids', async () => {
    const admin = await signedIn(t, 'admin@recode.test');
    const res = await admin.get(`/api/exports/encounters.csv?coderId=${mine.id}&setting=profee`);
    const rows = parseCsv(String(res.body));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      encounter: `MINE-${mine.externalId}-1`,
      setting: 'profee',
      setting_label: 'Professional fee',
      coder_id: mine.id,
      coder: mine.externalId,
      coder_name: `Coder ${mine.externalId}`,
      team: team.name,
      principal_diagnosis: 'A419',
      principal_diagnosis_display: 'A41.9',
    });
    expect((await admin.get('/api/exports/encounters.csv?setting=nursing')).status).toBe(400);
  });

  it('defuses cells that would run as spreadsheet formulas', async () => {
    const admin = await signedIn(t, 'admin@recode.test');
    const text = String((await admin.get(`/api/exports/encounters.csv?coderId=${mine.id}&sort=externalId`)).body);
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",`);
    expect(text).toContain(",'+cmd|calc,");
    expect(text).not.toMatch(/,=HYPERLINK|,\+cmd/);
  });

  it('writes an audit-log entry with the filters and the row count', async () => {
    const supervisor = await signIn('supervisor', { teamIds: [team.id] });
    await supervisor.get(`/api/exports/encounters.csv?setting=inpatient&from=2026-02-01`);
    const [entry] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'export.encounters' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.details).toEqual({
      filters: { setting: 'inpatient', from: '2026-02-01', sort: '-date' },
      rows: 1,
      complete: true,
    });
  });
});

describe('the other lists', () => {
  it('exports the audit log (admin only) with the screen filters, and logs the export itself', async () => {
    const admin = await signedIn(t, 'admin@recode.test');
    const res = await admin.get('/api/exports/audit-log.csv?action=export.encounters');
    expect(res.status).toBe(200);
    const rows = parseCsv(String(res.body));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === 'export.encounters')).toBe(true);
    expect((await coder.get('/api/exports/audit-log.csv')).status).toBe(403);
    const [entry] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'export.audit_log' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.details).toMatchObject({
      filters: { action: 'export.encounters' },
      rows: rows.length,
      complete: true,
    });
  });

  it('keeps dashboard and rulings exports away from coders, and answers a dashboard table with a preliminary column', async () => {
    expect((await coder.get('/api/exports/dashboard.csv')).status).toBe(403);
    expect((await coder.get('/api/exports/rulings.csv')).status).toBe(403);
    expect((await coder.get('/api/exports/disputes.csv?view=all')).status).toBe(200);
    const supervisor = await signIn('supervisor', { teamIds: [team.id] });
    const res = await supervisor.get('/api/exports/dashboard.csv?table=coders&from=2026-01&to=2026-03');
    expect(res.status).toBe(200);
    expect(String(res.body).split('\r\n')[0]).toMatch(
      /^coder_id,coder,coder_name,team_id,team,.*record_accuracy,record_accuracy_lower,.*,preliminary$/,
    );
    expect((await supervisor.get('/api/exports/dashboard.csv?table=nope')).status).toBe(400);
  });
});

describe('a large export', () => {
  const ROWS = 120_000;
  it(`streams ${ROWS.toLocaleString('en')} encounters with the heap staying bounded`, async () => {
    const big = await createCoder(t.db);
    await createFrame(t.db, { coderIds: [big.id], perCoder: ROWS, source: 'bigexport' });
    const admin = await signedIn(t, 'admin@recode.test');
    // Live heap, not garbage: collect before each sample (gc exposed at run time for this spec).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let lines = 0;
    let bytes = 0;
    let sampledAt = 0;
    const res = await fetch(`${t.url}/api/exports/encounters.csv?coderId=${big.id}`, {
      headers: { cookie: admin.cookie, 'x-forwarded-for': admin.ip },
    });
    expect(res.status).toBe(200);
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      const text = decoder.decode(chunk, { stream: true });
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
      if (bytes - sampledAt > 2 ** 20) {
        sampledAt = bytes;
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(lines).toBe(ROWS + 1);
    // The file is ~30 MB and the rows as objects several times that; one 1,000-row batch at a time stays far below.
    const growthMb = (peak - before) / 2 ** 20;
    expect(bytes).toBeGreaterThan(15 * 2 ** 20);
    expect(growthMb).toBeLessThan(24);
    const [entry] = await t.db.query(
      `SELECT details FROM audit_log WHERE action = 'export.encounters' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry.details.rows).toBe(ROWS);
  }, 300_000);
});
