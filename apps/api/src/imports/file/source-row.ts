import type { MappedRow } from '../layouts/mapped-row';

/** One data record of an uploaded file, as text values in header order. */
export interface SourceRow {
  /** 1-based number of the data record (the header does not count): the resume checkpoint. */
  index: number;
  /** Spreadsheet row number for CSV (the header is row 1); element number (1-based) for JSON. */
  rowNo: number;
  values: readonly string[];
  /** Set by sources that map their own records (X12, FHIR): the row is used as is, not read from `values`. */
  mapped?: MappedRow;
}

export interface RecordSource {
  /** The names to check as a header (CSV: row 1; JSON: the first record's keys). */
  header: readonly string[];
  /** Where each column sits in `values` when that differs from the header's order (JSON). */
  columnIndex?: ReadonlyMap<string, number>;
  /** Rows in small batches: one await per batch, not per row, keeps the hot loop synchronous. */
  rows: AsyncIterable<SourceRow[]>;
  /** Closes the file early (cancel, failure). */
  close(): void;
}
