import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CodeLookupSystem } from '@recode/contracts';
import { normalizeCode } from '@recode/domain';
import { DataSource } from 'typeorm';
import { loadCodeSets } from '../code-sets/code-set-loader';
import { CodeSetLookup } from '../code-sets/code-set-lookup';
import { CodeSearchService } from '../code-sets/code-search.service';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { VersionRow } from '../database/rows';
import { selectRow, selectRows } from '../database/sql';
import { CodeOnlyRow } from './bench-rows';

/**
 * `npm run bench:search` runs this against a scratch database (bench/search.mjs makes and drops it) and
 * prints one JSON line: the production CodeSearchService, built by hand, timed in-process (server time:
 * the service call a request makes, code-set resolution included, without HTTP and JSON) over the
 * committed queries, in wall time and in CPU time of this process (which waiting for a shared CPU does not inflate), beside a plain SQL ILIKE search over the same codes, and how
 * often each puts the coder's expected code in its first five.
 */
const FILES = /^(icd10cm-2026|icd10pcs-2026|hcpcs-2025q4)\.csv(\.gz)?$/;
const ROUNDS = 5;
const FISCAL_YEAR = 2026;
const HCPCS_DATE = '2025-12-01';
const log = (message: string): void => void process.stderr.write(`  ${message}\n`);
const p = (sorted: number[], q: number): number =>
  Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN) * 100) / 100;

interface BenchQuery {
  system: CodeLookupSystem;
  query: string;
  expected: string;
}

function readQueries(file: string): BenchQuery[] {
  const [, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  return rows.map((row) => {
    const [system = '', query = '', expected = ''] = row.split('\t');
    return { system: system as CodeLookupSystem, query, expected: normalizeCode(expected) };
  });
}

/** The reference: what a plain SQL search does (code prefix or every word anywhere in the title, by code). */
async function referenceTop(db: DataSource, codeSetId: number, q: string): Promise<string[]> {
  const words = q
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const conditions = words.map((_, i) => `long_description ILIKE $${i + 3}`).join(' AND ') || 'false';
  const rows = await selectRows(
    db,
    CodeOnlyRow,
    `SELECT code FROM codes WHERE code_set_id = $1 AND (code ILIKE $2 OR (${conditions})) ORDER BY billable DESC, code LIMIT 20`,
    [codeSetId, `${normalizeCode(q)}%`, ...words.map((w) => `%${w}%`)],
  );
  return rows.map((r) => r.code);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const queries = readQueries(
    process.env.BENCH_QUERIES ?? path.resolve(__dirname, '../../../../bench/data/search-queries.tsv'),
  );
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    let started = performance.now();
    const loaded = await loadCodeSets(db, config.DATA_DIR, () => undefined, { filter: (name) => FILES.test(name) });
    const failed = loaded.filter((r) => r.status === 'failed');
    if (failed.length) throw new Error(`code-set load failed: ${failed.map((r) => r.error?.message).join('; ')}`);
    log(`loaded ${loaded.map((r) => r.fileName).join(', ')} in ${Math.round(performance.now() - started)} ms`);
    const lookup = new CodeSetLookup(db);
    const service = new CodeSearchService(db, lookup, config);
    const when = (system: CodeLookupSystem) =>
      system === 'HCPCS' ? { date: HCPCS_DATE } : { fiscalYear: FISCAL_YEAR };
    const ask = (b: BenchQuery) =>
      service.search({ system: b.system, q: b.query, limit: 20, offset: 0, ...when(b.system) });
    const systems = [...new Set(queries.map((b) => b.system))];
    const buildMs: Record<string, number> = {};
    const setIds: Record<string, number> = {};
    let codes = 0;
    for (const system of systems) {
      const resolved =
        system === 'HCPCS' ? await lookup.resolve(system, HCPCS_DATE) : await lookup.resolveYear(system, FISCAL_YEAR);
      if (!resolved.ok) throw new Error(resolved.message);
      setIds[system] = resolved.codeSet.id;
      codes += resolved.codeSet.rowCount;
      started = performance.now();
      await service.search({ system, q: 'a', limit: 1, offset: 0, ...when(system) });
      buildMs[system] = Math.round(performance.now() - started);
    }
    log(`indexes built: ${JSON.stringify(buildMs)}`);
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const loadBefore = loadavg()[0] ?? NaN;
    const refTimes: number[] = [];
    let hits = 0;
    let refHits = 0;
    const misses: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const b of queries) {
        started = performance.now();
        const cpu = process.cpuUsage();
        const res = await ask(b);
        times.push(performance.now() - started);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
        started = performance.now();
        const ref = await referenceTop(db, setIds[b.system] as number, b.query);
        refTimes.push(performance.now() - started);
        if (round > 0) continue;
        const top5 = res.items.slice(0, 5).map((h) => h.code);
        if (top5.includes(b.expected)) hits += 1;
        else misses.push(`${b.system} "${b.query}" → expected ${b.expected}, got ${top5.join(' ') || 'nothing'}`);
        if (ref.slice(0, 5).includes(b.expected)) refHits += 1;
      }
    }
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    refTimes.sort((a, b) => a - b);
    const postgres = (await selectRow(db, VersionRow, `SELECT current_setting('server_version') AS version`))?.version;
    const result = {
      date: new Date().toISOString(),
      node: process.version,
      postgres,
      queries: queries.length,
      rounds: ROUNDS,
      codes,
      indexBuildMs: buildMs,
      p50Ms: p(times, 0.5),
      p95Ms: p(times, 0.95),
      maxMs: p(times, 1),
      cpu: {
        what: 'CPU time of the API process per query (user + system)',
        p50Ms: p(cpuTimes, 0.5),
        p95Ms: p(cpuTimes, 0.95),
      },
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? NaN },
      reference: {
        what: 'SQL: code ILIKE prefix OR every word ILIKE anywhere in the title, billable then code order, LIMIT 20',
        p50Ms: p(refTimes, 0.5),
        p95Ms: p(refTimes, 0.95),
        top5: Math.round((refHits / queries.length) * 1000) / 1000,
      },
      top5: Math.round((hits / queries.length) * 1000) / 1000,
      misses,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
