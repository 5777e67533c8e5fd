import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { selectRow, selectRows } from '../database/sql';
import { AggregatedCodesRow, MsDrgRow } from './code-set-sql-rows';
import { CompactCodeIndex } from './compact-code-index';
import type { LoadedCodeSet } from './code-set-resolution';

export type MsDrgInfo = z.infer<typeof MsDrgRow>;

/**
 * Reads a set's codes as two strings aggregated in PostgreSQL: one row instead of 100k row objects
 * through the driver, which makes reading a year several times faster. COLLATE "C" gives the byte
 * order the index uses, so building it sorts already-sorted data.
 */
export async function readIndex(db: DataSource, codeSet: LoadedCodeSet): Promise<CompactCodeIndex> {
  const row =
    codeSet.system === 'POA_EXEMPT'
      ? await selectRow(
          db,
          AggregatedCodesRow,
          `SELECT string_agg(code, ',' ORDER BY code COLLATE "C") AS codes, string_agg('1', '') AS flags FROM poa_exempt_codes WHERE fiscal_year = $1`,
          [codeSet.fiscalYear],
        )
      : await selectRow(
          db,
          AggregatedCodesRow,
          `SELECT string_agg(code, ',' ORDER BY code COLLATE "C") AS codes,
                  string_agg(CASE WHEN billable THEN '1' ELSE '0' END, '' ORDER BY code COLLATE "C") AS flags
             FROM codes WHERE code_set_id = $1`,
          [codeSet.id],
        );
  const codes = row?.codes ? row.codes.split(',') : [];
  const flags = row?.flags ?? '';
  return CompactCodeIndex.build(
    codes,
    codes.map((_, i) => flags.charCodeAt(i) === 49),
  );
}

export async function readDrgTable(db: DataSource, codeSet: LoadedCodeSet): Promise<ReadonlyMap<string, MsDrgInfo>> {
  const rows = await selectRows(
    db,
    MsDrgRow,
    `SELECT drg, version, fiscal_year AS "fiscalYear", mdc, type, title,
            relative_weight::float8 AS "relativeWeight", gmlos::float8 AS gmlos
       FROM ms_drgs WHERE fiscal_year = $1 ORDER BY drg`,
    [codeSet.fiscalYear],
  );
  return new Map(rows.map((row) => [row.drg, row]));
}
