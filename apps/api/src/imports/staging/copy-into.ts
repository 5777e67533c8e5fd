import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyBuffer } from './copy-buffer';

const PIECE = 256 * 1024;

/** Streams pre-encoded COPY text into a table in 256 KB pieces, honouring back-pressure. */
export async function copyInto(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  data: CopyBuffer,
): Promise<void> {
  if (data.lines === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => resolve());
    stream.on('error', reject);
  });
  // A lost connection rejects `done` while the loop below still writes (or waits for 'drain', which then
  // rejects too and leaves the loop): marked handled here, awaited below.
  done.catch(() => undefined);
  const bytes = data.content();
  for (let at = 0; at < bytes.length; at += PIECE) {
    if (!stream.write(bytes.subarray(at, Math.min(bytes.length, at + PIECE)))) await once(stream, 'drain');
  }
  stream.end();
  await done;
}
