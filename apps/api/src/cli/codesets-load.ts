import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { formatLoadSummary } from '../code-sets/code-set-load-summary';
import { loadCodeSets } from '../code-sets/code-set-loader';
import { CodeSetFileError } from '../code-sets/code-set-file-error';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';

/** `npm run codesets:load`: loads every code-set file in DATA_DIR; files already loaded are skipped by checksum. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const started = performance.now();
    process.stdout.write(`Loading code sets from ${config.DATA_DIR}\n`);
    const results = await loadCodeSets(db, config.DATA_DIR, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${formatLoadSummary(results, Math.round(performance.now() - started))}\n`);
    const failed = results.filter((r) => r.status === 'failed');
    for (const { error } of failed) {
      if (error instanceof CodeSetFileError)
        for (const detail of error.details) process.stderr.write(`  at ${detail.path}: ${detail.message}\n`);
    }
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Code-set load failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
