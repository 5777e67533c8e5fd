import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../config/env';
import { generateDemo } from '../demo/generate-demo';

const USAGE = 'usage: npm run demo:generate -- --encounters N [--seed S] [--out file.csv] [--truth truth.csv]';

/** `npm run demo:generate`: realistic coded encounters (code-lines CSV) from the real code sets, to stdout or --out. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      encounters: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      truth: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const encounters = Number(values.encounters);
  if (!Number.isInteger(encounters) || encounters < 1 || encounters > 10_000_000)
    throw new Error(`--encounters must be a whole number from 1 to 10,000,000\n${USAGE}`);
  const config = loadConfigOrExit();
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  const truth = values.truth ? createWriteStream(values.truth) : undefined;
  const summary = await generateDemo({ encounters, seed: values.seed ?? '1', dataDir: config.DATA_DIR, out, truth });
  for (const stream of [out, truth]) {
    if (stream && stream !== process.stdout) {
      stream.end();
      await finished(stream);
    }
  }
  const kinds = Object.entries(summary.errorsByKind)
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  process.stderr.write(
    `${summary.encounters} encounters, ${summary.rows} code rows, ${summary.withErrors} with a coding error (${kinds || 'none'})${values.out ? ` → ${values.out}` : ''}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`Demo data generation failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
