import { open } from 'node:fs/promises';
import { ImportFileError } from './import-file-error';

export interface FileSniff {
  format: 'csv' | 'json' | 'x12' | 'fhir';
  /** Bytes to skip at the start (a UTF-8 byte-order mark). */
  skipBytes: number;
  warnings: string[];
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Looks at the first 64 KB: refuses empty, binary and non-UTF-8 files with a message that says what
 * was found, strips a UTF-8 BOM (Excel writes one; it is harmless once skipped) and tells CSV from JSON.
 */
export async function sniffFile(path: string, fileName: string): Promise<FileSniff> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  return sniffHead(head, fileName);
}

export function sniffHead(head: Buffer, fileName: string): FileSniff {
  const warnings: string[] = [];
  if (head.length === 0) throw new ImportFileError('IMPORT_FILE_EMPTY', `${fileName} is empty (0 bytes)`);
  checkUnicodeBom(head, fileName);
  let skipBytes = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    skipBytes = 3;
    warnings.push('The file starts with a UTF-8 byte-order mark (BOM); it was ignored.');
  }
  const body = head.subarray(skipBytes);
  checkBinary(body, fileName);
  const firstChar = body.toString('utf8').trimStart().charAt(0);
  if (firstChar === '')
    throw new ImportFileError(
      'IMPORT_FILE_EMPTY',
      `${fileName} contains only blank space: there is no header and no data`,
    );
  const text = body.toString('utf8').trimStart();
  // X12 opens with its fixed ISA header (a file cut before it still starts with GS/ST and a separator);
  // FHIR resources (a Bundle, NDJSON) name their resourceType, which our own JSON layouts never do.
  const json = firstChar === '[' || firstChar === '{';
  const format =
    text.startsWith('ISA') || /^(GS|ST)[*|~^]/.test(text)
      ? 'x12'
      : json && /"resourceType"\s*:/.test(text)
        ? 'fhir'
        : json
          ? 'json'
          : 'csv';
  return { format, skipBytes, warnings };
}

function checkUnicodeBom(head: Buffer, fileName: string): void {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const utf32 = head[0] === 0x00 && head[1] === 0x00 && head[2] === 0xfe && head[3] === 0xff;
  if (utf16 || utf32) {
    throw new ImportFileError(
      'IMPORT_FILE_ENCODING',
      `${fileName} is encoded as ${utf32 ? 'UTF-32' : 'UTF-16'} (byte-order mark at byte 0); save it as UTF-8 CSV and upload again`,
      [{ path: 'file:byte:0', message: 'UTF-16/UTF-32 byte-order mark' }],
    );
  }
}

/** NUL bytes never occur in text; a run of invalid UTF-8 means a spreadsheet, archive or image. */
function checkBinary(body: Buffer, fileName: string): void {
  const nul = body.indexOf(0);
  const signature = knownSignature(body);
  if (nul >= 0 || signature) {
    const what = signature ? `looks like ${signature}` : `contains a NUL byte at byte ${nul}`;
    throw new ImportFileError(
      'IMPORT_FILE_BINARY',
      `${fileName} is not a text file: it ${what}. Upload a CSV or JSON file`,
      [{ path: `file:byte:${Math.max(nul, 0)}`, message: 'binary content' }],
    );
  }
  // A cut multi-byte character at the very end of the sample is fine; anything else is not UTF-8.
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(body.subarray(0, Math.max(0, body.length - 4)));
  const bad = decoded.indexOf('\uFFFD');
  if (bad >= 0) {
    throw new ImportFileError(
      'IMPORT_FILE_ENCODING',
      `${fileName} is not valid UTF-8 (first bad byte near character ${bad}); save it as UTF-8 CSV and upload again`,
      [{ path: `file:char:${bad}`, message: 'invalid UTF-8' }],
    );
  }
}

function knownSignature(body: Buffer): string | null {
  const hex = body.subarray(0, 4).toString('hex');
  if (hex === '504b0304') return 'a ZIP archive or an Excel .xlsx workbook';
  if (hex === 'd0cf11e0') return 'an old Excel .xls / Office document';
  if (hex.startsWith('1f8b')) return 'a gzip archive';
  if (hex === '25504446') return 'a PDF';
  return null;
}
