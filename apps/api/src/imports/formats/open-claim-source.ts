import { ImportFileError } from '../file/import-file-error';
import type { RecordSource } from '../file/source-row';
import type { MapContext } from '../layouts/mapped-row';
import { openFhirSource } from './fhir/fhir-source';
import { openX12Source } from './x12/x12-source';

/**
 * X12 837 and FHIR files carry no header and no coder column: their sources map each claim themselves
 * (SourceRow.mapped), and each encounter goes to the coder the upload's coder mapping names for it, else
 * to the upload's default coder.
 */
export async function openClaimSource(
  format: 'x12' | 'fhir',
  path: string,
  skipBytes: number,
  ctx: MapContext,
): Promise<RecordSource> {
  if (!ctx.defaultCoder && !ctx.coderMapping) {
    throw new ImportFileError(
      'IMPORT_CODER_REQUIRED',
      `${format === 'x12' ? 'An 837 file' : 'A FHIR file'} names no coder: choose the coder these claims belong to (defaultCoderExternalId) or send a coder mapping (coderMapping), and upload again`,
      [{ path: 'file', message: 'no default coder and no coder mapping' }],
    );
  }
  return format === 'x12' ? openX12Source(path, skipBytes, ctx) : openFhirSource(path, skipBytes, ctx);
}
