import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOracleResult, group, parseOracleLine } from '@recode/domain';
import { parseConfig } from '../config/env';
import { GROUPER_DIR } from './grouper-table-files';
import { GrouperTablesCache } from './grouper-tables.cache';

// The CMS grouper's own answers (see the data README): every case must match on every output column.
const dataDir = parseConfig({ DATA_DIR: process.env.DATA_DIR }).DATA_DIR;
const cache = new GrouperTablesCache(dataDir);

function mismatches(file: string): { checked: number; skipped: string[]; wrong: string[] } {
  const lines = readFileSync(join(dataDir, GROUPER_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const wrong: string[] = [];
  const skipped: string[] = [];
  let checked = 0;
  lines.forEach((line, i) => {
    const parsed = parseOracleLine(line);
    if (!parsed.ok) return wrong.push(`line ${i + 1}: ${parsed.reason}`);
    const tables = cache.get(parsed.version);
    if (!tables) return skipped.push(`line ${i + 1}: no tables for version ${parsed.version}`);
    checked++;
    const cells = line.split('\t');
    const expected = cells.slice(7).join('\t');
    const got = formatOracleResult(group(parsed.input, tables));
    if (got !== expected)
      wrong.push(`line ${i + 1}: ${cells.slice(0, 7).join(' | ')}\n  expected ${expected}\n  got      ${got}`);
  });
  return { checked, skipped, wrong };
}

describe('MS-DRG grouper against the CMS grouper (oracle files in DATA_DIR)', () => {
  it('matches all 5,000 v42.0 oracle claims', () => {
    const result = mismatches('oracle-v420-5000.tsv');
    expect(result.wrong).toEqual([]);
    expect(result.checked).toBe(5000);
  });

  it('matches every gold case of a version whose tables are present', () => {
    const result = mismatches('oracle-gold-cases.tsv');
    expect(result.wrong).toEqual([]);
    // The one v40.0 case cannot be grouped here: its tables are not in the data (v42.0–v43.1 only).
    expect(result.skipped).toEqual([expect.stringContaining('no tables for version 400')]);
    expect(result.checked).toBe(21);
  });
});

describe('every version present in DATA_DIR', () => {
  it('loads, and groups the oracle claims into DRGs of that version without throwing', () => {
    const inputs = readFileSync(join(dataDir, GROUPER_DIR, 'oracle-v420-5000.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    const versions = cache.availableVersions();
    expect(versions).toEqual(expect.arrayContaining(['420', '421', '430', '431']));
    for (const version of versions) {
      const tables = cache.get(version);
      if (!tables) throw new Error(`version ${version} listed but not loaded`);
      const foreign: string[] = [];
      for (const line of inputs) {
        const parsed = parseOracleLine(line);
        if (!parsed.ok) continue;
        const result = group(parsed.input, tables);
        if (!tables.drgs.has(result.finalDrg) || !tables.drgs.has(result.initialDrg))
          foreign.push(`${version}: ${line.split('\t').slice(0, 7).join(' | ')} → ${result.finalDrg}`);
      }
      expect(foreign).toEqual([]);
    }
  });
});
