import type { Response } from 'express';
import { csvLine } from './csv';

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => unknown;
}

export interface CsvResult {
  rows: number;
  /** False when the client went away (or the query failed) before the last row. */
  complete: boolean;
  error?: string;
}

/**
 * Streams a CSV download: header line, then each batch as it comes, waiting for the socket to drain
 * (backpressure), so a slow client never makes the server buffer the file. A client that disconnects
 * stops the query (the batches' generator is returned, which closes its cursor). The caller ends the
 * response (after writing its audit-log entry, so a finished download is always a logged one).
 */
export async function sendCsv<R>(
  res: Response,
  fileName: string,
  columns: readonly CsvColumn<R>[],
  batches: AsyncIterable<R[]> | Iterable<R[]>,
): Promise<CsvResult> {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.write(csvLine(columns.map((c) => c.header)));
  let rows = 0;
  let closed = false;
  res.once('close', () => (closed = true));
  try {
    for await (const batch of batches) {
      if (closed || res.destroyed) return { rows, complete: false };
      let chunk = '';
      for (const row of batch) chunk += csvLine(columns.map((c) => c.value(row)));
      rows += batch.length;
      if (!res.write(chunk)) await drainedOrClosed(res);
    }
  } catch (error) {
    // Headers and part of the body are out: the only honest signal left is a broken download.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    return { rows, complete: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { rows, complete: true };
}

/** Resolves on 'drain' or 'close', whichever first, and leaves no listener behind. */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
