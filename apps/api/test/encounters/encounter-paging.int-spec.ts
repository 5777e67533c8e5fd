import { ENCOUNTER_SORTS, type EncounterSort } from '@recode/contracts';
import { createEncounter } from '../support/audit-factories';
import { createCoder, createTeam } from '../support/factories';
import { signedIn, startTestApp, type ApiClient, type TestApp } from '../support/test-app';

// The encounters list pages by keyset cursor: walking every page, in each sort and both directions, gives each
// encounter once, in the order of one unpaged read, also across encounters that share a date.
let t: TestApp;
let admin: ApiClient;
let coderId: string;
const encounters: { externalId: string; date: string }[] = [
  { externalId: 'PG-05', date: '2026-01-10' },
  { externalId: 'PG-01', date: '2026-01-10' },
  { externalId: 'PG-07', date: '2026-01-12' },
  { externalId: 'PG-03', date: '2026-01-08' },
  { externalId: 'PG-02', date: '2026-01-10' },
  { externalId: 'PG-06', date: '2026-01-08' },
  { externalId: 'PG-04', date: '2026-01-15' },
];

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t, 'admin@recode.test');
  const team = await createTeam(t.db);
  coderId = (await createCoder(t.db, { teamId: team.id })).id;
  for (const e of encounters)
    await createEncounter(t.db, { coderId, externalId: e.externalId, encounterDate: e.date, setting: 'outpatient' });
});
afterAll(() => t.close());

interface Item {
  id: string;
  externalId: string;
  encounterDate: string;
}

async function walk(sort: EncounterSort, limit: number): Promise<Item[]> {
  const seen: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const params = new URLSearchParams({ coderId, sort, limit: String(limit) });
    if (cursor) params.set('cursor', cursor);
    const res = await admin.get(`/api/encounters?${params}`);
    expect(res.status).toBe(200);
    seen.push(...(res.body.items as Item[]));
    cursor = res.body.nextCursor as string | null;
    if (!cursor) return seen;
  }
  throw new Error(`${sort}: still a next page after 20 pages`);
}

describe('GET /api/encounters, page by page', () => {
  it.each(ENCOUNTER_SORTS)('sort=%s: every encounter once, in the order of one unpaged read', async (sort) => {
    const whole = await walk(sort, 200);
    expect(whole.map((i) => i.externalId).sort()).toEqual(encounters.map((e) => e.externalId).sort());
    const key = sort.replace('-', '') === 'date' ? (i: Item) => i.encounterDate : (i: Item) => i.externalId;
    const keys = whole.map(key);
    const ordered = [...keys].sort();
    expect(keys).toEqual(sort.startsWith('-') ? ordered.reverse() : ordered);
    for (const limit of [1, 2, 3]) expect((await walk(sort, limit)).map((i) => i.id)).toEqual(whole.map((i) => i.id));
  });
});
