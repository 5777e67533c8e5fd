import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** What the fault specs share: one generated file under two sources, and a fingerprint of what an import wrote. */
export const REPO = path.resolve(__dirname, '../../../..');

export interface FaultFiles {
  calm: string;
  fault: string;
  /** Data rows (code lines) in each file. */
  rows: number;
}

/** The same generated file under two sources, so both imports can live side by side in one database. */
export function makeFaultFiles(work: string, encounters: number, seed = 'faults'): FaultFiles {
  const base = path.join(work, 'base.csv');
  execFileSync(
    process.execPath,
    ['apps/api/dist/cli/demo-generate.js', '--encounters', String(encounters), '--seed', seed, '--out', base],
    { cwd: REPO, stdio: 'ignore' },
  );
  const text = readFileSync(base, 'utf8');
  const files = { calm: path.join(work, 'calm.csv'), fault: path.join(work, 'fault.csv') };
  writeFileSync(files.calm, text.replace(/^demo,/gm, 'calm,'));
  writeFileSync(files.fault, text.replace(/^demo,/gm, 'fault,'));
  return { ...files, rows: text.trimEnd().split('\n').length - 1 };
}

type Query = (sql: string, params: unknown[]) => Promise<Array<{ n: number; md5: string }>>;

/** Counts and an md5 of the ordered rows, without ids, timestamps and the source that tells the two imports apart. */
export async function fingerprint(query: Query, source: string): Promise<Record<string, { n: number; md5: string }>> {
  const queries = {
    encounters: `SELECT (to_jsonb(e) - 'id' - 'source' - 'current_version_id' - 'created_at' - 'updated_at')::text AS r, e.external_id AS k1, 0 AS k2
                   FROM encounters e WHERE e.source = $1`,
    versions: `SELECT (to_jsonb(v) - 'id' - 'encounter_id' - 'import_id' - 'created_at' - 'content_hash')::text AS r, e.external_id AS k1, v.version AS k2
                 FROM encounter_versions v JOIN encounters e ON e.id = v.encounter_id WHERE e.source = $1`,
    codes: `SELECT (to_jsonb(c) - 'version_id')::text AS r, e.external_id AS k1, c.position AS k2
              FROM encounter_codes c JOIN encounter_versions v ON v.id = c.version_id JOIN encounters e ON e.id = v.encounter_id WHERE e.source = $1`,
  };
  const out: Record<string, { n: number; md5: string }> = {};
  for (const [name, sql] of Object.entries(queries)) {
    const [row] = await query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(k1 || '|' || r, E'\\n' ORDER BY k1, k2), '')) AS md5 FROM (${sql}) q`,
      [source],
    );
    if (row) out[name] = row;
  }
  return out;
}
