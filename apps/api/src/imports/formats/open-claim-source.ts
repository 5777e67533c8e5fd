import { ImportFileError } from '../file/import-file-error';
import type { RecordSource } from '../file/source-row';
import type { MapContext } from '../layouts/mapped-row';
import { openX12Source } from './x12/x12-source';

/**
 * X12 837 files carry no header and no coder column: their sources map each claim themselves
 * (SourceRow.mapped), and every encounter goes to the upload's default coder.
 */
export function openClaimSource(path: string, skipBytes: number, ctx: MapContext): RecordSource {
  if (!ctx.defaultCoder) {
    throw new ImportFileError('IMPORT_CODER_REQUIRED', `An 837 file names no coder: choose the coder these claims belong to (defaultCoderExternalId) and upload again`, [{ path: 'file', message: 'no default coder' }]);
  }
  return openX12Source(path, skipBytes, ctx);
}
