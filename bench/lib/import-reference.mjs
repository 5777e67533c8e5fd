// The reference side of the import benchmark: the rows the import wrote, exported to CSV, then loaded
// back into the same (emptied) tables with `psql \copy`, in one transaction, timed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runStep } from '../../scripts/lib/run.mjs';
import { processCpuSeconds, statCpuSeconds } from './import-machine.mjs';

/** Exactly the columns the import's write phase sets (merge-bucket.ts); created_at/updated_at take their defaults on both sides. */
export const REFERENCE_TABLES = [
  {
    table: 'encounters',
    columns: [
      'id',
      'source',
      'external_id',
      'current_version_id',
      'version_count',
      'coder_id',
      'setting',
      'facility',
      'encounter_date',
      'fiscal_year',
      'drg',
      'flagged',
      'code_count',
    ],
  },
  {
    table: 'encounter_versions',
    columns: [
      'id',
      'encounter_id',
      'version',
      'import_id',
      'content_hash',
      'setting',
      'facility',
      'payer',
      'admission_date',
      'discharge_date',
      'service_date',
      'encounter_date',
      'fiscal_year',
      'coder_id',
      'drg',
      'total_charges',
      'patient_ref',
      'flags',
      'flagged',
      'code_count',
    ],
  },
  {
    table: 'encounter_codes',
    columns: [
      'version_id',
      'position',
      'system',
      'code',
      'sequence',
      'principal',
      'poa',
      'modifiers',
      'units',
      'line',
      'issue',
    ],
  },
];

/** @param {string} databaseUrl @param {string} scriptFile @param {string} sql */
async function psql(databaseUrl, scriptFile, sql) {
  writeFileSync(scriptFile, `\\set ON_ERROR_STOP on\n\\timing on\n${sql}\n`);
  return runStep('psql', 'psql', ['-X', '-q', '-d', databaseUrl, '-f', scriptFile], { quiet: true });
}

/** Times psql prints for each statement and \copy, in order. */
const timings = (/** @type {string} */ output) => [...output.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]));

/**
 * Exports what the import wrote, empties the three tables, checkpoints (so neither side pays for the
 * other's dirty pages), then loads the CSV files back with \copy and commits. Timed: the psql process
 * from start to exit (connect, BEGIN, three \copy FROM with their index updates and immediate FK checks,
 * COMMIT with the deferred FK check of encounters.current_version_id).
 * @param {{ databaseUrl: string, dir: string, expect: Record<string, number> }} o expected row counts per table
 */
export async function copyReference(o) {
  const csv = (/** @type {string} */ table) => join(o.dir, `${table}.csv`);
  const list = (/** @type {string[]} */ columns) => columns.join(', ');
  await psql(
    o.databaseUrl,
    join(o.dir, 'export.sql'),
    REFERENCE_TABLES.map(
      (t) => `\\copy (SELECT ${list(t.columns)} FROM ${t.table}) TO '${csv(t.table)}' WITH (FORMAT csv)`,
    ).join('\n'),
  );
  // Only rows of this scratch database's one import exist; CASCADE reaches the (empty) audit tables that point at versions.
  await psql(
    o.databaseUrl,
    join(o.dir, 'truncate.sql'),
    'TRUNCATE encounter_codes, encounter_versions, encounters CASCADE;\nCHECKPOINT;',
  );
  // After the commit, the session's backend prints its own CPU time (the database's share of the load).
  const load = [
    'BEGIN;',
    ...REFERENCE_TABLES.map((t) => `\\copy ${t.table} (${list(t.columns)}) FROM '${csv(t.table)}' WITH (FORMAT csv)`),
    'COMMIT;',
    '\\timing off',
    '\\pset format unaligned',
    '\\pset tuples_only on',
    `SELECT pg_read_file('/proc/self/stat');`,
  ].join('\n');
  const childCpu = processCpuSeconds('self', true);
  const started = performance.now();
  const result = await psql(o.databaseUrl, join(o.dir, 'load.sql'), load);
  const totalMs = performance.now() - started;
  const backendStat = result.output.split('\n').find((line) => /^\d+ \(postgres\)/.test(line));
  const cpuSeconds = {
    psql: childCpu === null ? null : Math.round(((processCpuSeconds('self', true) ?? 0) - childCpu) * 10) / 10,
    postgres: backendStat ? Math.round(statCpuSeconds(backendStat) * 10) / 10 : null,
  };
  const [beginMs, encountersMs, versionsMs, codesMs, commitMs] = timings(result.output);
  const counted = await psql(
    o.databaseUrl,
    join(o.dir, 'count.sql'),
    `\\pset format unaligned\n\\pset tuples_only on\n${REFERENCE_TABLES.map((t) => `SELECT '${t.table}=' || count(*) FROM ${t.table};`).join('\n')}`,
  );
  for (const t of REFERENCE_TABLES) {
    const got = Number(new RegExp(`^${t.table}=(\\d+)$`, 'm').exec(counted.output)?.[1]);
    if (got !== o.expect[t.table])
      throw new Error(`the \\copy reference loaded ${got} rows into ${t.table}, expected ${o.expect[t.table]}`);
  }
  return { totalMs, cpuSeconds, steps: { beginMs, encountersMs, versionsMs, codesMs, commitMs } };
}
