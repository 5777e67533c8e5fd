import { createReadStream } from 'node:fs';
import { ImportFileError } from '../../file/import-file-error';
import type { SourceRow, RecordSource } from '../../file/source-row';
import type { MapContext } from '../../layouts/mapped-row';
import { X12ClaimReader } from './x12-claim-reader';
import { mapX12Claim } from './x12-claim-mapper';
import { X12Envelope } from './x12-envelope';
import { X12Tokenizer, type X12Segment } from './x12-tokenizer';

const BATCH = 500;

/**
 * Streams an 837 file as one pre-mapped row per claim (index = claim number in the file, rowNo = the
 * CLM segment's number). Reads 64 KB at a time; only the open claim is held, so memory is flat
 * whatever the file size. Envelope errors surface as ImportFileError from the row iterator.
 */
export function openX12Source(path: string, skipBytes: number, ctx: MapContext): RecordSource {
  const input = createReadStream(path, { start: skipBytes, highWaterMark: 64 * 1024, encoding: 'latin1' });
  async function* rows(): AsyncGenerator<SourceRow[]> {
    const tokenizer = new X12Tokenizer();
    const envelope = new X12Envelope();
    const reader = new X12ClaimReader();
    let index = 0;
    let last = 0;
    let batch: SourceRow[] = [];
    const take = (segments: X12Segment[]): void => {
      for (const s of segments) {
        envelope.accept(s);
        last = s.position;
        const claim = reader.accept(s, envelope.version);
        if (claim) {
          index += 1;
          batch.push({ index, rowNo: claim.position, values: [], mapped: mapX12Claim(claim, ctx) });
        }
      }
    };
    for await (const chunk of input) {
      take(tokenizer.push(chunk as string));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    take(tokenizer.finish());
    envelope.finish(last);
    if (index === 0)
      throw new ImportFileError('IMPORT_X12_NO_CLAIMS', 'The 837 file is well formed but holds no CLM claim', [
        { path: `x12:segment:${last}`, message: 'no CLM segment' },
      ]);
    if (batch.length) yield batch;
  }
  return { header: [], rows: rows(), close: () => input.destroy() };
}
