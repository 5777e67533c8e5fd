import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log/audit-log.service';
import { RollupsService } from '../audits/scores/rollups.service';
import { insertSyntheticFrame } from './audit-bench-data';
import { TeamIdsRow } from './bench-rows';
import { coderMonthsOf, insertDashboardAudit } from './dashboard-bench-data';
import { loadConfigOrExit } from '../config/env';
import { recordRowsQuery } from '../dashboard/record-rows';
import { rollupRows } from '../dashboard/rollup-rows';
import { dataSourceOptions } from '../database/data-source';
import { rowList } from '../database/sql';
import { VersionRow } from '../database/rows';
import { selectRow } from '../database/sql';
import { seedDemoAccounts } from '../seed/demo-accounts';
import { AuditSettingsService } from '../settings/audit-settings.service';

/**
 * `npm run bench:dashboard`, data half: fills the scratch database (bench/dashboard.mjs makes it),
 * refreshes the rollups, times the plain SQL aggregate over the base tables against the rollup read,
 * and prints one JSON line. bench/dashboard.mjs then starts the API and puts it under load.
 */
const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (from: number): number => Math.round((performance.now() - from) * 10) / 10;
const log = (message: string): void => void process.stderr.write(`  ${message}\n`);

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const encounters = Number(process.env.BENCH_ENCOUNTERS ?? 1_000_000);
  const wantedFindings = Number(process.env.BENCH_FINDINGS ?? 200_000);
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemoAccounts(db);
    let started = performance.now();
    await insertSyntheticFrame(db, encounters);
    const frameMs = ms(started);
    log(`inserted ${encounters} encounters in ${frameMs} ms`);
    started = performance.now();
    const audit = await insertDashboardAudit(db, Math.min(wantedFindings, Math.floor(encounters * 0.7)));
    const auditMs = ms(started);
    log(`reviewed audit: ${audit.records} records, ${audit.findings} findings in ${auditMs} ms`);

    const settings = new AuditSettingsService(db, new AuditLogService(db));
    const coderMonths = await coderMonthsOf(db, audit.auditId);
    started = performance.now();
    const refreshed = await new RollupsService(db, settings).refresh({ coderMonths });
    const rollupMs = ms(started);
    log(`rollups for ${coderMonths.length} coder-months in ${rollupMs} ms (${JSON.stringify(refreshed)})`);

    // The supervisor's view over the synthetic fiscal year: the same filter the load test asks the API for.
    const supervisor = await selectRow(
      db,
      TeamIdsRow,
      `SELECT array_agg(ut.team_id) AS "teamIds" FROM users u JOIN user_teams ut ON ut.user_id = u.id WHERE u.email = 'supervisor@recode.test'`,
    );
    const filter = {
      fromDate: '2025-10-01',
      toExclusive: '2026-10-01',
      teamIds: supervisor?.teamIds ?? [],
      coderId: null,
      setting: null,
      facility: null,
    };
    const { scoringWeights } = await settings.get();
    const sqlRuns: number[] = [];
    const rollupRuns: number[] = [];
    let sqlRows = 0;
    for (let run = 0; run <= RUNS; run += 1) {
      started = performance.now();
      const { sql, params } = recordRowsQuery(filter, scoringWeights);
      // Timed: only counted, so no row is parsed (rowList checks it is a list).
      sqlRows = rowList(await db.query(sql, params), 'record rows').length;
      const sqlMs = ms(started);
      started = performance.now();
      await rollupRows(db, filter);
      const readMs = ms(started);
      log(`run ${run}: base-table aggregate ${sqlMs} ms (${sqlRows} coder-months) | rollup read ${readMs} ms`);
      if (run === 0) continue;
      sqlRuns.push(sqlMs);
      rollupRuns.push(readMs);
    }
    const version = (await selectRow(db, VersionRow, `SELECT current_setting('server_version') AS version`))?.version;
    process.stdout.write(
      `${JSON.stringify({
        encounters,
        findings: audit.findings,
        records: audit.records,
        coderMonths: sqlRows,
        sqlAggregateMs: median(sqlRuns),
        rollupReadMs: median(rollupRuns),
        sqlRuns: RUNS,
        frameMs,
        auditMs,
        rollupMs,
        postgres: version,
        node: process.version,
      })}\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-dashboard failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
