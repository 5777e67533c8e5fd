import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { LAYOUT_COLUMNS } from '../layouts/layout-columns';
import { ImportFileError } from './import-file-error';
import { JsonArraySplitter, JsonShapeError } from './json-array-splitter';
import type { RecordSource, SourceRow } from './source-row';

type Element = { text: string; where: string };

/**
 * Streams JSON records: either one array of objects or NDJSON (one object per line). Each object's
 * keys are the layout's column names. The header is the first object's keys, checked like a CSV
 * header; later objects may leave keys out but not bring unknown ones.
 */
export async function openJsonSource(path: string, skipBytes: number): Promise<RecordSource> {
  const input = createReadStream(path, { start: skipBytes, encoding: 'utf8', highWaterMark: 1024 * 1024 });
  const elements = (await firstChar(path, skipBytes)) === '[' ? arrayElements(input) : ndjsonElements(input);
  const iterator = elements[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new ImportFileError('IMPORT_FILE_EMPTY', 'The JSON file holds no records');
  const firstRecord = parseRecord(first.value, 1);
  const header = Object.keys(firstRecord).map((k) => k.trim().toLowerCase());
  // Every column any layout knows gets a slot, so later records may use keys the first one left out.
  const allColumns = [
    ...new Set([...header, ...Object.values(LAYOUT_COLUMNS).flatMap((c) => [...c.required, ...c.optional])]),
  ];
  const slot = new Map(allColumns.map((c, i) => [c, i]));
  const toRow = (record: Record<string, unknown>, rowNo: number): SourceRow => {
    const values = new Array<string>(allColumns.length).fill('');
    for (const [key, value] of Object.entries(record)) {
      const i = slot.get(key.trim().toLowerCase());
      if (i === undefined)
        throw new ImportFileError(
          'IMPORT_HEADER_UNKNOWN_COLUMNS',
          `Record ${rowNo} has a key no layout knows: "${key}"`,
          [{ path: `file:row:${rowNo}`, message: `unknown key "${key}"` }],
        );
      values[i] = scalar(value, key, rowNo);
    }
    return { index: rowNo, rowNo, values };
  };
  async function* rows(): AsyncGenerator<SourceRow[]> {
    let batch: SourceRow[] = [toRow(firstRecord, 1)];
    let rowNo = 1;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      rowNo += 1;
      batch.push(toRow(parseRecord(next.value, rowNo), rowNo));
      if (batch.length >= 500) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  return { header, columnIndex: slot, rows: rows(), close: () => input.destroy() };
}

async function* arrayElements(input: AsyncIterable<string>): AsyncGenerator<Element> {
  const splitter = new JsonArraySplitter();
  try {
    for await (const chunk of input)
      for (const e of splitter.push(chunk)) yield { text: e.text, where: `character ${e.offset}` };
    splitter.finish();
  } catch (err) {
    if (err instanceof JsonShapeError)
      throw new ImportFileError('IMPORT_JSON_MALFORMED', `The JSON file is malformed: ${err.message}`, [
        { path: `file:char:${err.offset}`, message: err.message },
      ]);
    throw err;
  }
}

async function* ndjsonElements(input: NodeJS.ReadableStream): AsyncGenerator<Element> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim()) yield { text, where: `line ${line}` };
  }
}

function parseRecord(element: Element, rowNo: number): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(element.text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ImportFileError(
      'IMPORT_JSON_MALFORMED',
      `Record ${rowNo} (${element.where}) is not valid JSON: ${reason}`,
      [{ path: `file:row:${rowNo}`, message: reason }],
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ImportFileError(
      'IMPORT_JSON_MALFORMED',
      `Record ${rowNo} (${element.where}) is not an object with named fields`,
      [{ path: `file:row:${rowNo}`, message: 'not an object' }],
    );
  }
  return parsed as Record<string, unknown>;
}

function scalar(value: unknown, key: string, rowNo: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.join(' ');
  throw new ImportFileError(
    'IMPORT_JSON_MALFORMED',
    `Record ${rowNo}: "${key}" holds a nested object; values must be text, numbers or a list of modifiers`,
    [{ path: `file:row:${rowNo}:${key}`, message: 'nested value' }],
  );
}

async function firstChar(path: string, skipBytes: number): Promise<string> {
  for await (const chunk of createReadStream(path, { start: skipBytes, end: skipBytes + 4096, encoding: 'utf8' })) {
    const found = (chunk as string).trimStart().charAt(0);
    if (found) return found;
  }
  return '';
}
