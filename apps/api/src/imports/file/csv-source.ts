import { createReadStream } from 'node:fs';
import { CsvSplitter, CsvSyntaxError } from './csv-splitter';
import { ImportFileError } from './import-file-error';
import type { RecordSource, SourceRow } from './source-row';

/**
 * Streams a CSV file: the first record is the header; the rest come in order, so memory stays flat
 * whatever the file size. Quoting errors become an ImportFileError naming the row and line.
 */
export async function openCsvSource(path: string, skipBytes: number): Promise<RecordSource> {
  // Small reads: each chunk's records are consumed before the next young-generation GC, so they never reach the old generation.
  const input = createReadStream(path, { start: skipBytes, highWaterMark: 64 * 1024, encoding: 'utf8' });
  const splitter = new CsvSplitter();
  async function* records(): AsyncGenerator<string[][]> {
    try {
      for await (const chunk of input) {
        const batch = splitter.push(chunk as string);
        if (batch.length) yield batch;
      }
      const last = splitter.finish();
      if (last.length) yield last;
    } catch (err) {
      throw err instanceof CsvSyntaxError ? toFileError(err) : err;
    }
  }
  const chunks = records();
  let first = await chunks.next();
  while (!first.done && first.value.length === 0) first = await chunks.next();
  if (first.done) throw new ImportFileError('IMPORT_HEADER_MISSING', 'The file has no rows: not even a header');
  const [header, ...firstRows] = first.value as [string[], ...string[][]];
  async function* rows(): AsyncGenerator<SourceRow[]> {
    let rowNo = 1;
    const number = (records: string[][]): SourceRow[] =>
      records.map((values) => {
        rowNo += 1;
        return { index: rowNo - 1, rowNo, values };
      });
    if (firstRows.length) yield number(firstRows);
    for await (const records of chunks) yield number(records);
  }
  return { header, rows: rows(), close: () => input.destroy() };
}

function toFileError(err: CsvSyntaxError): ImportFileError {
  const message =
    err.code === 'RECORD_TOO_LONG'
      ? `Row ${err.row} is longer than 1 MB: the file is probably not CSV, or a quote is never closed`
      : err.message;
  return new ImportFileError('IMPORT_CSV_MALFORMED', message, [
    { path: `file:row:${err.row}:line:${err.line}`, message: err.code },
  ]);
}
