import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildGrouperTables, type GrouperTables, type GrouperTableTexts } from '@recode/domain';

/** Where the CMS grouper tables live under DATA_DIR (see the data README). */
export const GROUPER_DIR = 'msdrg-grouper';

/** Each table of a version, by the file name prefix the data uses (`dx_v420.tsv.gz`). */
const PER_VERSION: Record<Exclude<keyof GrouperTableTexts, 'version' | 'ccExclusionGroups'>, string> = {
  drg: 'drg',
  mdc: 'mdc',
  dx: 'dx',
  dxSexMdc: 'dx_sex_mdc',
  pdxCcExclusionGroup: 'pdx_cc_exclusion_group',
  pr: 'pr',
  prClusterIds: 'pr_cluster_ids',
  clusters: 'clusters',
  drgFormulas: 'drg_formulas',
  hacCodes: 'hac_codes',
  hacFormulas: 'hac_formulas',
};

export class GrouperTablesMissingError extends Error {}

function readTable(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function tablePath(dir: string, base: string): string | null {
  for (const name of [`${base}.tsv.gz`, `${base}.tsv`]) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** Versions whose logic file is present ('420', '421', ...), newest last. */
export function listGrouperVersions(dataDir: string): string[] {
  const dir = join(dataDir, GROUPER_DIR);
  if (!existsSync(dir)) return [];
  const versions = new Set<string>();
  for (const name of readdirSync(dir)) {
    const m = /^drg_formulas_v(\d{3})\.tsv(\.gz)?$/.exec(name);
    if (m) versions.add(m[1]);
  }
  return [...versions].sort();
}

/** Reads one version's files and compiles its tables; names the first missing file if any. */
export function loadGrouperTables(dataDir: string, version: string): GrouperTables {
  const dir = join(dataDir, GROUPER_DIR);
  const texts: Record<string, string> = { version };
  const shared = tablePath(dir, 'cc_exclusion_groups');
  if (!shared) throw new GrouperTablesMissingError(`${join(dir, 'cc_exclusion_groups.tsv.gz')} is missing`);
  texts.ccExclusionGroups = readTable(shared);
  for (const [key, base] of Object.entries(PER_VERSION)) {
    const path = tablePath(dir, `${base}_v${version}`);
    if (!path) throw new GrouperTablesMissingError(`${join(dir, `${base}_v${version}.tsv.gz`)} is missing`);
    texts[key] = readTable(path);
  }
  return buildGrouperTables(texts as unknown as GrouperTableTexts);
}
