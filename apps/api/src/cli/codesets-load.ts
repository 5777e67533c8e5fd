import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { formatLoadSummary } from '../code-sets/code-set-load-summary';
import { loadCodeSets } from '../code-sets/code-set-loader';
import { CodeSetFileError } from '../code-sets/code-set-file-error';
import { loadConfigOrExit } from '../config/env';
import { dataSourceOptions } from '../database/data-source';

/**
 * `--only <pattern>`: loads only the files whose names match the regular expression (the test run's template
 * holds a chosen subset, see scripts/lib/test-template.mjs). Exits with a message for a missing or invalid pattern.
 */
function onlyFilter(args: readonly string[]): ((fileName: string) => boolean) | undefined {
  const at = args.indexOf('--only');
  if (at < 0) return undefined;
  const pattern = args[at + 1];
  if (!pattern) throw new Error('--only needs a pattern (a regular expression over file names)');
  let matcher: RegExp;
  try {
    matcher = new RegExp(pattern);
  } catch (err) {
    throw new Error(`--only ${pattern} is not a valid regular expression: ${(err as Error).message}`, { cause: err });
  }
  return (fileName) => matcher.test(fileName);
}

/** `npm run codesets:load`: loads every code-set file in DATA_DIR; files already loaded are skipped by checksum. */
async function main(): Promise<void> {
  const filter = onlyFilter(process.argv.slice(2));
  const config = loadConfigOrExit();
  const db = await new DataSource(dataSourceOptions(config.DATABASE_URL)).initialize();
  try {
    const started = performance.now();
    process.stdout.write(`Loading code sets from ${config.DATA_DIR}\n`);
    const results = await loadCodeSets(db, config.DATA_DIR, (line) => process.stderr.write(`${line}\n`), { filter });
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
