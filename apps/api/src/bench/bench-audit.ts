import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { drawSample } from '@recode/domain';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log/audit-log.service';
import { AuditsService } from '../audits/lifecycle/audits.service';
import { loadFrame } from '../audits/sampling/frame-loader';
import { drawByRank } from '../audits/sampling/rank-sampler';
import { SamplingService } from '../audits/sampling/sampling.service';
import { AuditScoresService } from '../audits/scores/audit-scores.service';
import { RollupsService } from '../audits/scores/rollups.service';
import { insertReviewedAudit, insertSyntheticFrame } from './audit-bench-data';
import { returnedId, ServerVersionRow } from './bench-rows';
import { coderMonthsOf } from './dashboard-bench-data';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';
import { execute, selectRow } from '../database/sql';
import type { JobQueue } from '../jobs/job-queue';
import { seedDemoAccounts } from '../seed/demo-accounts';
import { AuditSettingsService } from '../settings/audit-settings.service';

/**
 * `npm run bench:audit` runs this against a scratch database (bench/audit.mjs makes and drops it) and
 * prints one JSON line. The services are the production ones, built by hand without Nest or Redis.
 */
const RUNS = 3;
const PER_CODER = 30;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (from: number): number => Math.round((performance.now() - from) * 10) / 10;
const log = (message: string): void => void process.stderr.write(`  ${message}\n`);

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const frame = Number(process.env.BENCH_FRAME ?? 1_000_000);
  const scoreItems = Number(process.env.BENCH_SCORE_ITEMS ?? 10_000);
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    await seedDemoAccounts(db);
    let started = performance.now();
    await insertSyntheticFrame(db, frame);
    const setupMs = ms(started);
    log(`inserted ${frame} encounters in ${setupMs} ms`);
    // What autovacuum does in production after a bulk load: without it the visibility map is empty and
    // no index-only scan is possible (each index entry would fetch its heap page).
    started = performance.now();
    await execute(db, 'VACUUM (ANALYZE) encounters');
    await execute(db, 'VACUUM (ANALYZE) encounter_versions');
    const vacuumMs = ms(started);
    log(`VACUUM (ANALYZE) in ${vacuumMs} ms`);
    const loadBefore = loadavg();

    const scope = { teamIds: [], from: null, to: null };
    const plan = {
      method: 'fixedPerStratum' as const,
      perStratum: PER_CODER,
      stratifyBy: 'coder' as const,
      seed: 'bench-seed',
    };
    // The same frame as loadFrame reads: current versions of every encounter, minus those audited in the last 180 days.
    const frameSql = `FROM encounters e JOIN coders c ON c.id = e.coder_id
      LEFT JOIN (SELECT DISTINCT encounter_id FROM audit_items WHERE status IN ('assigned', 'in_progress', 'reviewed') AND created_at >= now() - interval '180 days') r
        ON r.encounter_id = e.id
      WHERE r.encounter_id IS NULL`;
    const ours = { total: [] as number[], load: [] as number[], draw: [] as number[], legacy: [] as number[] };
    const sqlRandom: number[] = [];
    const sqlStratified: number[] = [];
    let sampled = 0;
    // Interleaved runs after one warm-up of each, so neither side gets all the warm caches.
    for (let run = 0; run <= RUNS; run += 1) {
      // What the sampling job does for a plan without rules: counts, ranks, ids at the ranks (rank-sampler).
      started = performance.now();
      const ranked = await db.transaction('REPEATABLE READ', (m) => drawByRank(m, scope, plan, 180));
      const rankMs = ms(started);
      // The previous method, kept as a reference: the whole frame read into Node, then drawSample.
      started = performance.now();
      const loaded = await loadFrame(db, scope, { codes: false, drg: false, flagged: false }, 180);
      const loadMs = ms(started);
      const drawStarted = performance.now();
      const draw = drawSample(loaded.items, plan, { excludedIds: loaded.excludedIds });
      const drawMs = ms(drawStarted);
      if (
        draw.sample.length !== ranked.sample.length ||
        draw.sample.some((item, i) => item.id !== ranked.sample[i]?.id || item.coderId !== ranked.sample[i]?.coderId)
      )
        throw new Error('the rank draw and drawSample disagree');
      sampled = ranked.sample.length;
      started = performance.now();
      await execute(db, `SELECT e.current_version_id ${frameSql} ORDER BY random() LIMIT $1`, [sampled]);
      const sqlMs = ms(started);
      started = performance.now();
      await execute(
        db,
        `SELECT id FROM (SELECT e.current_version_id AS id, row_number() OVER (PARTITION BY e.coder_id ORDER BY random()) AS rn ${frameSql}) s WHERE rn <= $1`,
        [PER_CODER],
      );
      const sqlStratMs = ms(started);
      log(
        `run ${run}: rank draw ${rankMs} ms | old: frame ${loadMs} ms + draw ${drawMs} ms | ORDER BY random() ${sqlMs} ms | stratified SQL ${sqlStratMs} ms`,
      );
      if (run === 0) continue;
      ours.total.push(rankMs);
      ours.legacy.push(loadMs + drawMs);
      ours.load.push(loadMs);
      ours.draw.push(drawMs);
      sqlRandom.push(sqlMs);
      sqlStratified.push(sqlStratMs);
    }

    const loadAfter = loadavg();

    const auditLog = new AuditLogService(db);
    const settings = new AuditSettingsService(db, auditLog);
    const snapshot = {
      planId: null,
      scope: {},
      period: { from: null, to: null },
      method: { type: 'fixedPerCoder', perCoder: PER_CODER },
      rules: null,
      resolvedCoderLists: {},
      spares: 2,
      exclusionWindowDays: 180,
      dueInDays: 14,
      auditorIds: [],
    };
    const jobAuditId = await returnedId(
      db,
      `INSERT INTO audits (name, status, team_ids, plan_snapshot, seed) VALUES ('Bench sampling job', 'sampling', '{}', $1, 'bench-seed') RETURNING id`,
      [snapshot],
    );
    started = performance.now();
    const outcome = await new SamplingService(db, auditLog).sample(jobAuditId);
    const sampleJobMs = ms(started);
    log(
      `whole sampling job (frame snapshot + draw + assignment + writes): ${sampleJobMs} ms → ${JSON.stringify(outcome)}`,
    );

    const auditId = await insertReviewedAudit(db, scoreItems);
    // The scores job never enqueues from recompute(); the queue is not needed here.
    const scores = new AuditScoresService(db, settings, new AuditsService(db), undefined as unknown as JobQueue);
    const scoreRuns: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      started = performance.now();
      const result = await scores.recompute(auditId);
      const t = ms(started);
      log(`scores run ${run}: ${t} ms (${result.records} records)`);
      if (run > 0) scoreRuns.push(t);
    }
    const coderMonths = await coderMonthsOf(db, auditId);
    started = performance.now();
    const rollups = await new RollupsService(db, settings).refresh({ coderMonths });
    const rollupMs = ms(started);
    log(`rollups for ${coderMonths.length} coder-months: ${rollupMs} ms (${JSON.stringify(rollups)})`);
    const version = (await selectRow(db, ServerVersionRow, 'SHOW server_version'))?.server_version;

    const sampleMs = Math.round(median(ours.total) * 10) / 10;
    const sqlRandomMs = median(sqlRandom);
    process.stdout.write(
      `${JSON.stringify({
        frame,
        sampleMs,
        sqlRandomMs,
        ratio: Math.round((sqlRandomMs / sampleMs) * 100) / 100,
        scoreItems,
        scoreMs: median(scoreRuns),
        date: new Date().toISOString(),
        sampled,
        perCoder: PER_CODER,
        runs: RUNS,
        method: 'rank',
        legacySampleMs: median(ours.legacy),
        frameLoadMs: median(ours.load),
        drawMs: median(ours.draw),
        sqlStratifiedMs: median(sqlStratified),
        sampleJobMs,
        rollupMs,
        setupMs,
        vacuumMs,
        postgres: version,
        node: process.version,
        // 1/5/15-minute load averages when the timed runs started and ended (2 shared cores: above 2 means queued work).
        loadAverage: {
          atStart: loadBefore.map((x) => Math.round(x * 100) / 100),
          atEnd: loadAfter.map((x) => Math.round(x * 100) / 100),
        },
      })}\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-audit failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
