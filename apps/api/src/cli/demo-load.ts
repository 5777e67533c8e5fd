import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { finished } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CodeSetLookup } from '../code-sets/code-set-lookup';
import { loadConfigOrExit } from '../config/env';
import { GrouperTablesCache } from '../grouper/grouper-tables.cache';
import { dataSourceOptions } from '../database/data-source';
import { TEAM_SETTINGS } from '../demo/coder-profiles';
import { generateDemo } from '../demo/generate-demo';
import { ImportRunner } from '../imports/runner/import-runner';
import { execute, selectRow } from '../database/sql';
import { IdRow } from '../database/rows';

const ExistsRow = z.object({ any: z.boolean() });
/** The finished demo import's counts (its failure is only printed). */
const DemoImportRow = z.object({
  encounters_created: z.number(),
  encounters_flagged: z.number(),
  failure: z.unknown(),
});

const DEFAULT_ENCOUNTERS = 2000;

/**
 * First start only (run by `npm start` while the encounters table is empty): generates a modest
 * demo data set and imports it through the same runner the BullMQ worker uses, recorded as an
 * import by the first admin. DEMO_ENCOUNTERS sets the size; DEMO_SEED the seed.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const existing = await selectRow(db, ExistsRow, 'SELECT EXISTS (SELECT 1 FROM encounters) AS any');
    if (existing?.any) return void process.stdout.write('Encounters already exist: no demo data loaded\n');
    const encounters = Number(process.env.DEMO_ENCOUNTERS ?? DEFAULT_ENCOUNTERS);
    const seed = process.env.DEMO_SEED ?? 'recode-demo';
    const id = randomUUID();
    await mkdir(config.UPLOAD_DIR, { recursive: true });
    const file = path.join(config.UPLOAD_DIR, `${id}.upload`);
    const out = createWriteStream(file);
    const summary = await generateDemo({ encounters, seed, dataDir: config.DATA_DIR, out });
    out.end();
    await finished(out);
    const admin = await selectRow(db, IdRow, `SELECT id FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
    await execute(
      db,
      `INSERT INTO imports (id, created_by_id, file_name, file_path, file_bytes, file_sha256, requested_layout, source)
       VALUES ($1, $2, $3, $4, $5, '', 'code-lines', 'demo')`,
      [id, admin?.id ?? null, `demo-${encounters}-seed-${seed}.csv`, file, (await stat(file)).size],
    );
    const lookup = new CodeSetLookup(db);
    await lookup.onModuleInit();
    const status = await new ImportRunner(db, async () => lookup.validationIndex(), undefined, {
      writeConnections: config.IMPORT_WRITE_CONNECTIONS,
      grouper: new GrouperTablesCache(config.DATA_DIR).groupStay,
    }).run(id, { finalAttempt: true });
    const result = await selectRow(
      db,
      DemoImportRow,
      'SELECT encounters_created, encounters_flagged, error_count, failure FROM imports WHERE id = $1',
      [id],
    );
    if (status !== 'succeeded' || !result)
      throw new Error(`the demo import ${status}: ${JSON.stringify(result?.failure)}`);
    // Each demo team codes its own settings, so a team's plan draws only those (left alone if an admin set them).
    for (const [team, settings] of Object.entries(TEAM_SETTINGS)) {
      await execute(db, `UPDATE teams SET settings = $2 WHERE name = $1 AND cardinality(settings) = 0`, [
        team,
        settings.map((s) => s.item),
      ]);
    }
    process.stdout.write(
      `Loaded ${result.encounters_created} demo encounters (${summary.rows} codes; ${summary.withErrors} with a planted coding error; ${result.encounters_flagged} flagged by the import checks)\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Demo data load failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
