// The encounters list at a million encounters, one client, requests one after another: typical filters,
// and a walk of 30 pages by cursor. Reference, in the same run: `SELECT count(*) FROM encounters`.
import pg from 'pg';
import { percentile } from './percentile.mjs';

const REQUESTS = 30;

/** @param {number[]} values */
function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), requests: sorted.length };
}

async function timed(/** @type {string} */ url, /** @type {string} */ cookie) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms: performance.now() - started, body };
}

/**
 * @param {string} base the API's URL
 * @param {string} cookie a session that sees the encounters (the supervisor: two of three teams)
 * @param {string} databaseUrl for the reference count
 */
export async function encounterListTimings(base, cookie, databaseUrl) {
  const first = (await timed(`${base}/api/encounters`, cookie)).body;
  const sample = first.items[0];
  if (!sample) throw new Error('the encounters list is empty');
  const shapes = {
    'newest first (the default)': '',
    'one coder': `coderId=${sample.coder.id}`,
    'flagged only': 'flagged=true',
    'inpatient, by external id': 'setting=inpatient&sort=externalId',
    'one quarter, one coder': `coderId=${sample.coder.id}&from=2026-01-01&to=2026-03-31`,
    'external-id prefix': `q=${encodeURIComponent(String(sample.externalId).slice(0, 6))}`,
  };
  /** @type {Record<string, { p50Ms: number, p95Ms: number, requests: number, total: number, totalIsCapped: boolean }>} */
  const list = {};
  for (const [name, query] of Object.entries(shapes)) {
    const url = `${base}/api/encounters${query ? `?${query}` : ''}`;
    const warm = await timed(url, cookie);
    const times = [];
    for (let i = 0; i < REQUESTS; i += 1) times.push((await timed(url, cookie)).ms);
    list[name] = { ...quantiles(times), total: warm.body.total, totalIsCapped: warm.body.totalIsCapped };
  }
  const walk = [];
  let cursor = first.nextCursor;
  for (let page = 2; page <= REQUESTS + 1 && cursor; page += 1) {
    const { ms, body } = await timed(`${base}/api/encounters?cursor=${encodeURIComponent(cursor)}`, cookie);
    walk.push(ms);
    cursor = body.nextCursor;
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const counts = [];
  let rows = 0;
  try {
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      rows = (await db.query('SELECT count(*)::int AS n FROM encounters')).rows[0].n;
      counts.push(performance.now() - started);
    }
  } finally {
    await db.end();
  }
  return {
    list,
    cursorWalk: { pages: walk.length, ...quantiles(walk) },
    countAllMs: quantiles(counts).p50Ms,
    encounters: rows,
  };
}

/** Markdown for the dashboard section. @param {Awaited<ReturnType<typeof encounterListTimings>>} t */
export function encounterListText(t) {
  const rows = Object.entries(t.list).map(
    ([name, x]) =>
      `| ${name} | ${x.p50Ms} ms | **${x.p95Ms} ms** | ${x.totalIsCapped ? `${x.total.toLocaleString('en-US')}+` : x.total === 0 ? '0 (none in this data)' : x.total.toLocaleString('en-US')} |`,
  );
  return `The encounters list (\`GET /api/encounters\`, 50 a page, keyset-paged, total counted up to 10,000), as the same supervisor,
one client, ${REQUESTS} requests one after another per line, over the ${t.encounters.toLocaleString('en-US')} encounters:

| list | p50 | p95 | total shown |
| --- | ---: | ---: | ---: |
${rows.join('\n')}
| pages 2–${t.cursorWalk.pages + 1}, following \`nextCursor\` | ${t.cursorWalk.p50Ms} ms | **${t.cursorWalk.p95Ms} ms** | |
| reference: \`SELECT count(*) FROM encounters\` (one connection), median of 5 | ${t.countAllMs} ms | | |`;
}
