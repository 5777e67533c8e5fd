import { ImportFileError } from '../file/import-file-error';
import { sniffFile } from '../file/file-sniff';
import { AppError } from '../../common/errors';
import { parseCoderMapping, unknownCoderError, type CoderMapping } from './coder-mapping';

export interface MappingUpload {
  /** The import file on disk, to tell its format. */
  path: string;
  fileName: string;
  mapping: { fileName: string; text: string };
}

/**
 * Checks a coder mapping at upload, before anything is queued: well formed, one coder per key, every coder
 * known (a 400 naming the mapping's rows), and sent with a claim file (837 or FHIR), the only formats
 * without a coder_id column of their own.
 */
export async function checkCoderMapping(
  upload: MappingUpload,
  knownCoders: (externalIds: string[]) => Promise<Set<string>>,
): Promise<CoderMapping> {
  const { mapping, rows } = parseCoderMapping(upload.mapping.text, upload.mapping.fileName);
  const format = await sniffFile(upload.path, upload.fileName).then(
    (s) => s.format,
    // A file that cannot be read is reported by the import itself, with its own precise error.
    (err: unknown) => {
      if (err instanceof ImportFileError) return null;
      throw err;
    },
  );
  if (format === 'csv' || format === 'json')
    throw new AppError(
      400,
      'IMPORT_CODER_MAPPING_FORMAT',
      `A coder mapping applies to 837 and FHIR files; ${upload.fileName} is ${format.toUpperCase()}, whose rows name their coder in coder_id`,
      [{ path: 'body.coderMapping', message: `not used for ${format.toUpperCase()} files` }],
    );
  const known = await knownCoders([...new Set(rows.map((r) => r.coder))]);
  if (rows.some((r) => !known.has(r.coder))) throw unknownCoderError(mapping, rows, known);
  return mapping;
}
