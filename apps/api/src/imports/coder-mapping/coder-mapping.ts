import { CODER_MAPPING_KEYS, type CoderMappingKey, type ErrorDetail } from '@recode/contracts';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError } from '../../common/errors';

/**
 * A user's mapping from a value found on each claim to the coder (external id) the claim belongs to, as
 * checked at upload and stored on the import (`imports.coder_mapping`, read back by the runner).
 */
export const CoderMappingShape = z.object({
  fileName: z.string(),
  key: z.enum(CODER_MAPPING_KEYS),
  /** Number of distinct keys. */
  size: z.number(),
  /** key value → coder external id. */
  entries: z.record(z.string(), z.string()),
});
export type CoderMapping = z.infer<typeof CoderMappingShape>;

/** A mapping is a small lookup table held in memory by the worker, not a second import. */
export const MAX_MAPPING_BYTES = 1024 * 1024;
const MAX_REPORTED = 20;

export interface MappingRow {
  rowNo: number;
  key: string;
  coder: string;
}

/**
 * Reads a coder mapping: CSV with the header `claim_id,coder_id` or `provider_npi,coder_id` (coder_id as in
 * the CSV layouts), or JSON, an array of objects with the same two names. Every problem is a 400 that names
 * the mapping's row (CSV: the header is row 1; JSON: the element number).
 */
export function parseCoderMapping(text: string, fileName: string): { mapping: CoderMapping; rows: MappingRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  const rows = body.trimStart().startsWith('[') ? jsonRows(body) : csvRows(body);
  const key = keyOf(rows.header);
  const entries: Record<string, string> = {};
  const firstRow = new Map<string, number>();
  const kept: MappingRow[] = [];
  const problems: ErrorDetail[] = [];
  for (const r of rows.records) {
    const value = (r.values[key] ?? '').trim();
    const coder = (r.values.coder_id ?? '').trim();
    if (!value || !coder) {
      problems.push({ path: `coderMapping:row:${r.rowNo}`, message: `${!value ? key : 'coder_id'} is empty` });
      continue;
    }
    const earlier = firstRow.get(value);
    if (earlier !== undefined && entries[value] !== coder)
      problems.push({
        path: `coderMapping:row:${r.rowNo}`,
        message: `${key} ${value} maps to ${coder} here but to ${entries[value]} on row ${earlier}`,
      });
    if (earlier === undefined) {
      firstRow.set(value, r.rowNo);
      entries[value] = coder;
      kept.push({ rowNo: r.rowNo, key: value, coder });
    }
  }
  if (problems.length) throw invalid(`${fileName}: ${rowText(problems[0] as ErrorDetail)}`, problems);
  if (firstRow.size === 0) throw invalid(`${fileName} has a header but no mapping rows`, []);
  return { mapping: { fileName, key, size: firstRow.size, entries }, rows: kept };
}

/** The rows whose coder is not among the known ones: one 400 naming each (up to 20). */
export function unknownCoderError(
  mapping: CoderMapping,
  rows: readonly MappingRow[],
  known: ReadonlySet<string>,
): AppError {
  const bad = rows.filter((r) => !known.has(r.coder));
  const details = bad.slice(0, MAX_REPORTED).map((r) => ({
    path: `coderMapping:row:${r.rowNo}`,
    message: `coder ${r.coder} (for ${mapping.key} ${r.key}) is not a known coder`,
  }));
  return new AppError(
    400,
    'IMPORT_CODER_MAPPING_UNKNOWN_CODER',
    `${mapping.fileName}: ${rowText(details[0] as ErrorDetail)}${bad.length > 1 ? ` (and ${bad.length - 1} more rows)` : ''}; add the coders under Coders or correct the mapping`,
    details,
  );
}

interface RawRows {
  header: string[];
  records: { rowNo: number; values: Record<string, string> }[];
}

function csvRows(text: string): RawRows {
  let table: string[][];
  try {
    table = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw invalid(`The coder mapping is not valid CSV: ${(err as Error).message}`, [
      { path: 'coderMapping', message: 'not valid CSV' },
    ]);
  }
  const header = (table[0] ?? []).map((h) => h.toLowerCase());
  const records = table.slice(1).map((cells, i) => ({
    rowNo: i + 2,
    values: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])),
  }));
  return { header, records };
}

function jsonRows(text: string): RawRows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw invalid(`The coder mapping is not valid JSON: ${(err as Error).message}`, [
      { path: 'coderMapping', message: 'not valid JSON' },
    ]);
  }
  const items: unknown[] = Array.isArray(data) ? (data as unknown[]) : [];
  const records = items.map((item, i) => ({
    rowNo: i + 1,
    values: Object.fromEntries(
      Object.entries(item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {}).map(
        ([k, v]) => [k.toLowerCase(), typeof v === 'string' || typeof v === 'number' ? String(v) : ''],
      ),
    ),
  }));
  return { header: [...new Set(records.flatMap((r) => Object.keys(r.values)))], records };
}

function keyOf(header: readonly string[]): CoderMappingKey {
  const keys = CODER_MAPPING_KEYS.filter((k) => header.includes(k));
  const extra = header.filter((h) => h !== 'coder_id' && !keys.includes(h as CoderMappingKey));
  if (keys.length !== 1 || !header.includes('coder_id') || extra.length)
    throw invalid(
      `The coder mapping must have two columns, coder_id and one of ${CODER_MAPPING_KEYS.join(' or ')}; it has ${header.join(', ') || 'none'}`,
      [{ path: 'coderMapping:row:1', message: `columns ${header.join(', ') || '(none)'}` }],
    );
  return keys[0] as CoderMappingKey;
}

function rowText(d: ErrorDetail): string {
  return `${(d.path ?? '').replace('coderMapping:row:', 'row ')}: ${d.message}`;
}

function invalid(message: string, details: ErrorDetail[]): AppError {
  return new AppError(400, 'IMPORT_CODER_MAPPING_INVALID', message, details);
}
