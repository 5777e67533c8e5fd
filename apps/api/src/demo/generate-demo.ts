import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { applyCodingErrors } from './coding-errors';
import { CODER_PROFILES } from './coder-profiles';
import { loadDemoCodeSets, type DemoCodeSets } from './demo-code-sets';
import { DEMO_CSV_HEADER, demoCsvRows } from './demo-csv';
import { DemoRandom } from './demo-random';
import { DEMO_DAYS, isoDay, makeEncounter } from './encounter-factory';

export interface DemoOptions {
  encounters: number;
  seed: string;
  dataDir: string;
  out: Writable;
  /** Optional: the correct coding of the same encounters (what an audit should conclude). */
  truth?: Writable;
  source?: string;
  /** Code sets already read from dataDir (saves re-reading them when generating several sets). */
  codeSets?: DemoCodeSets;
}

export interface DemoSummary {
  encounters: number;
  rows: number;
  withErrors: number;
  errorsByKind: Record<string, number>;
}

/**
 * Writes N encounters as code-lines CSV. Everything comes from one seeded generator in a fixed
 * order, so the same seed gives byte-identical output. External ids carry the seed, so data sets
 * of different seeds can live side by side.
 */
export async function generateDemo(options: DemoOptions): Promise<DemoSummary> {
  const sets = options.codeSets ?? (await loadDemoCodeSets(options.dataDir));
  const rng = new DemoRandom(`recode-demo:${options.seed}`);
  const source = options.source ?? 'demo';
  const tag = options.seed.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) || '0';
  const summary: DemoSummary = { encounters: options.encounters, rows: 0, withErrors: 0, errorsByKind: {} };
  const write = async (stream: Writable, text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write(options.out, DEMO_CSV_HEADER);
  if (options.truth) await write(options.truth, DEMO_CSV_HEADER);
  let chunk = '';
  let truthChunk = '';
  for (let i = 0; i < options.encounters; i += 1) {
    // The date comes first: only coders already on staff that day can have coded the encounter.
    const day = rng.int(DEMO_DAYS);
    const date = isoDay(day);
    const profile = rng.pick(CODER_PROFILES.filter((p) => p.startedOn <= date));
    const setting = rng.weighted(profile.settings);
    const truth = makeEncounter(
      rng,
      sets,
      `D${tag}-${String(i + 1).padStart(7, '0')}`,
      profile.externalId,
      setting,
      day,
    );
    const { coded, error } = applyCodingErrors(truth, profile, rng, sets);
    if (error) {
      summary.withErrors += 1;
      summary.errorsByKind[error] = (summary.errorsByKind[error] ?? 0) + 1;
    }
    summary.rows += coded.codes.length;
    chunk += demoCsvRows(coded, source);
    if (options.truth) truthChunk += demoCsvRows(truth, source);
    if (chunk.length > 256 * 1024) {
      await write(options.out, chunk);
      chunk = '';
      if (options.truth) await write(options.truth, truthChunk);
      truthChunk = '';
    }
  }
  await write(options.out, chunk);
  if (options.truth) await write(options.truth, truthChunk);
  return summary;
}
