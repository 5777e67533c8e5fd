import * as path from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { DEMO_YEARS, loadDemoCodeSets, type DemoCodeSets } from '../../src/demo/demo-code-sets';
import { generateDemo, type DemoSummary } from '../../src/demo/generate-demo';
import { mapCodeLinesRow } from '../../src/imports/layouts/code-lines-mapper';
import { FileCodeSetIndex } from '../../src/imports/validation/file-code-set-index';
import { RowValidator } from '../../src/imports/validation/row-validator';
import { DEMO_CODERS } from '../../src/seed/demo-accounts';

/** Support for the demo generator's unit specs: runs it in memory against the real reference files, no database. */
export const DEMO_DATA_DIR = process.env.DATA_DIR ?? path.resolve(__dirname, '../../../../../shared/data');

/** One row of the code-lines CSV the generator writes, by column name. */
export type DemoRow = Record<string, string>;

export interface DemoRun {
  csv: string;
  truthCsv: string;
  summary: DemoSummary;
  /** Rows per encounter id, in file order: as coded, and as an auditor would have coded them. */
  coded: Map<string, DemoRow[]>;
  truth: Map<string, DemoRow[]>;
}

export interface DemoReference {
  /** The file-backed index the import worker validates with, prepared for the demo years. */
  index: FileCodeSetIndex;
  codeSets: DemoCodeSets;
}

class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

export async function loadDemoReference(): Promise<DemoReference> {
  const index = new FileCodeSetIndex(DEMO_DATA_DIR);
  for (const fy of DEMO_YEARS) await index.prepareYear(fy);
  return { index, codeSets: await loadDemoCodeSets(DEMO_DATA_DIR, index) };
}

export function byEncounter(csv: string): Map<string, DemoRow[]> {
  const out = new Map<string, DemoRow[]>();
  for (const row of parse(csv, { columns: true }) as DemoRow[]) {
    const id = row.encounter_id as string;
    out.set(id, [...(out.get(id) ?? []), row]);
  }
  return out;
}

export async function runDemo(ref: DemoReference, encounters: number, seed: string): Promise<DemoRun> {
  const out = new TextSink();
  const truth = new TextSink();
  const summary = await generateDemo({ encounters, seed, dataDir: DEMO_DATA_DIR, out, truth, codeSets: ref.codeSets });
  return { csv: out.text, truthCsv: truth.text, summary, coded: byEncounter(out.text), truth: byEncounter(truth.text) };
}

/**
 * What the import's row checks say about a generated file, mapped and validated as the worker does.
 * Only the demo years are prepared: a code unknown in them makes the validator ask another year, and throw.
 */
export function importIssues(
  ref: DemoReference,
  csv: string,
): { encounterId: string; code: string; message: string }[] {
  const coders = new Map(DEMO_CODERS.map((c) => [c.externalId, `id-${c.externalId}`]));
  const validator = new RowValidator({ index: ref.index, coders, today: '2026-12-31' }, 8);
  return (parse(csv, { columns: true }) as DemoRow[]).flatMap((row, i) => {
    const mapped = mapCodeLinesRow(i + 2, (column) => row[column] ?? '', { source: 'demo', defaultCoder: null });
    return validator
      .validate(mapped)
      .issues.map((issue) => ({ encounterId: row.encounter_id as string, code: issue.code, message: issue.message }));
  });
}
