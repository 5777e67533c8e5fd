import {
  formatOracleResult,
  group,
  ORACLE_INPUT_COLUMNS,
  ORACLE_OUTPUT_COLUMNS,
  parseOracleLine,
} from '@recode/domain';
import type { GrouperTablesCache } from '../grouper/grouper-tables.cache';

export interface GroupLinesOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const isHeader = (line: string): boolean =>
  line.startsWith('#') || line.split('\t')[0].trim().toLowerCase() === 'version';

/**
 * Groups tab-separated claims in the oracle files' input columns, one per line, and writes each line's
 * input columns followed by the grouper's output columns. A header line (optionally starting with #)
 * is answered with the full header. Bad lines are reported on `err` with their line number and skipped;
 * the return value is how many there were.
 */
export function groupLines(lines: Iterable<string>, cache: GrouperTablesCache, io: GroupLinesOutput): number {
  let bad = 0;
  let lineNo = 0;
  for (const raw of lines) {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    if (lineNo === 1 && isHeader(line)) {
      io.out(`${line.startsWith('#') ? '#' : ''}${[...ORACLE_INPUT_COLUMNS, ...ORACLE_OUTPUT_COLUMNS].join('\t')}`);
      continue;
    }
    if (line.startsWith('#')) continue;
    const parsed = parseOracleLine(line);
    if (!parsed.ok) {
      bad++;
      io.err(`line ${lineNo}: ${parsed.reason}`);
      continue;
    }
    const tables = cache.get(parsed.version);
    if (!tables) {
      bad++;
      io.err(
        `line ${lineNo}: no grouper tables for version ${parsed.version} (present: ${cache.availableVersions().join(', ') || 'none'})`,
      );
      continue;
    }
    const cells = line.split('\t');
    const inputs = ORACLE_INPUT_COLUMNS.map((_, i) => cells[i] ?? '');
    io.out(`${inputs.join('\t')}\t${formatOracleResult(group(parsed.input, tables))}`);
  }
  return bad;
}
