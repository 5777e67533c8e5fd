import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError, type StorageEngine } from 'multer';
import { AppError } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { MAX_MAPPING_BYTES } from '../coder-mapping/coder-mapping';

export interface ReceivedUpload {
  fileName: string;
  path: string;
  bytes: number;
  sha256: string;
  fields: Record<string, string>;
  /** The optional `coderMapping` part (837/FHIR): small, so held in memory. */
  coderMapping: { fileName: string; text: string } | null;
}

const MAPPING_PART = 'coderMapping';

/** Multipart overhead allowed on top of the file itself when judging Content-Length up front. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * Receives `multipart/form-data` with one `file` part, streaming it straight to UPLOAD_DIR (never
 * into memory) while hashing it. Too-big uploads are refused with 413: at once when Content-Length
 * says so, otherwise as soon as the limit is crossed, and the partial file is removed.
 */
@Injectable()
export class UploadReceiver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async receive(req: Request, res: Response, importId: string): Promise<ReceivedUpload> {
    const limit = this.config.IMPORT_MAX_BYTES;
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit + MULTIPART_SLACK) throw this.tooLarge(res, limit);
    if (!req.is('multipart/form-data')) {
      throw new AppError(
        415,
        'IMPORT_FILE_MISSING',
        'Send the file as multipart/form-data with the file in a part named "file"',
      );
    }
    await mkdir(this.config.UPLOAD_DIR, { recursive: true });
    const target = path.join(this.config.UPLOAD_DIR, `${importId}.upload`);
    const storage = new HashingDiskStorage(target);
    const upload = multer({
      storage,
      limits: { fileSize: limit, files: 2, fields: 10, fieldSize: 1024, parts: 13 },
    }).fields([
      { name: 'file', maxCount: 1 },
      { name: MAPPING_PART, maxCount: 1 },
    ]);
    try {
      await new Promise<void>((resolve, reject) => upload(req, res, (err: unknown) => (err ? reject(err) : resolve())));
    } catch (err) {
      await rm(target, { force: true });
      if (err instanceof MulterError && err.code === 'LIMIT_FILE_SIZE') throw this.tooLarge(res, limit);
      if (err instanceof MappingTooLarge)
        throw new AppError(
          413,
          'IMPORT_FILE_TOO_LARGE',
          `The coder mapping is larger than ${formatBytes(MAX_MAPPING_BYTES)}; it should hold one short row per claim or provider`,
          [{ path: `body.${MAPPING_PART}`, message: `larger than ${MAX_MAPPING_BYTES} bytes` }],
        );
      if (err instanceof MulterError)
        throw new AppError(400, 'VALIDATION_FAILED', `The upload is not valid: ${err.message}`, [
          { path: `body.${err.field ?? 'file'}`, message: err.message },
        ]);
      const malformed = malformedMultipart(err);
      if (malformed) throw malformed;
      throw err;
    }
    const parts = (req.files ?? {}) as Record<string, (Express.Multer.File & { sha256?: string; text?: string })[]>;
    const file = parts.file?.[0];
    const mapping = parts[MAPPING_PART]?.[0];
    const { [MAPPING_PART]: typed, ...fields } = req.body as Record<string, string>;
    if (!file)
      throw new AppError(400, 'IMPORT_FILE_MISSING', 'No file was sent: add the file in a form part named "file"', [
        { path: 'body.file', message: 'is required' },
      ]);
    return {
      fileName: file.originalname.slice(0, 255),
      path: target,
      bytes: file.size,
      sha256: file.sha256 ?? '',
      fields,
      coderMapping: mapping
        ? { fileName: mapping.originalname.slice(0, 255), text: mapping.text ?? '' }
        : // A short mapping sent as a text field (curl -F 'coderMapping=<file') is used too, never silently dropped.
          typed !== undefined
          ? { fileName: MAPPING_PART, text: typed }
          : null,
    };
  }

  private tooLarge(res: Response, limit: number): AppError {
    // Do not read the rest of a huge body just to throw it away.
    res.setHeader('Connection', 'close');
    return new AppError(
      413,
      'IMPORT_FILE_TOO_LARGE',
      `The file is larger than the import limit of ${formatBytes(limit)}; split it into smaller files`,
      [{ path: 'body.file', message: `larger than ${limit} bytes` }],
    );
  }
}

class MappingTooLarge extends Error {}

/** The import file goes to disk (hashed on the way); the small coder mapping part is kept as text. */
class HashingDiskStorage implements StorageEngine {
  constructor(private readonly target: string) {}

  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<Express.Multer.File> & { sha256?: string; text?: string }) => void,
  ): void {
    if (file.fieldname === MAPPING_PART) return readSmall(file, callback);
    const hash = createHash('sha256');
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    pipeline(file.stream, createWriteStream(this.target)).then(
      () => callback(null, { path: this.target, size, sha256: hash.digest('hex') }),
      (err: unknown) => callback(err),
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    if (file.fieldname === MAPPING_PART) return callback(null);
    rm(this.target, { force: true }).then(
      () => callback(null),
      (err: Error) => callback(err),
    );
  }
}

function readSmall(
  file: Express.Multer.File,
  callback: (error?: unknown, info?: { size: number; text: string }) => void,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  let failed = false;
  file.stream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_MAPPING_BYTES && !failed) {
      failed = true;
      file.stream.resume();
      callback(new MappingTooLarge());
    } else if (!failed) chunks.push(chunk);
  });
  file.stream.on('error', (err) => !failed && callback(err));
  file.stream.on('end', () => !failed && callback(null, { size, text: Buffer.concat(chunks).toString('utf8') }));
}

/**
 * busboy reports a broken request body (no boundary, empty body, no closing boundary, a cut-off
 * part) with plain Errors, not MulterErrors; they are the client's mistake, so answer 400.
 * Disk errors from our own storage keep falling through to a 500.
 */
const BROKEN_BODY =
  /^(Multipart: Boundary not found|Malformed (part header|content type)|Unexpected end of (form|file)|Missing Content-Type|Unsupported content type|Request (aborted|closed|error))/;

function malformedMultipart(err: unknown): AppError | null {
  if (!(err instanceof Error) || !BROKEN_BODY.test(err.message)) return null;
  return new AppError(
    400,
    'IMPORT_MULTIPART_MALFORMED',
    `The upload is not a complete multipart/form-data body (${err.message}); send the file in a part named "file"`,
    [{ path: 'body', message: err.message }],
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${bytes} bytes`;
}
