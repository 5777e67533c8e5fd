import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { ImportFileError } from '../../file/import-file-error';
import type { RecordSource, SourceRow } from '../../file/source-row';
import type { MapContext } from '../../layouts/mapped-row';
import { mapFhirClaim } from './fhir-claim-mapper';
import type { R4Claim, R4Patient } from './fhir-types';

/** A Bundle is one JSON value and is parsed whole; beyond this size, FHIR Bulk Data NDJSON is the way. */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
const BATCH = 500;

type Resource = { resourceType?: unknown; id?: unknown };

/**
 * FHIR R4 ExplanationOfBenefit / Claim resources as NDJSON (streamed line by line; row = line number) or
 * as a Bundle or single resource (row = entry number). Patients give the claims that refer to them their
 * birth date and gender (a Bundle's anywhere in it, NDJSON's when they come before the claim, or contained
 * in the claim); other resource types (Coverage …) are skipped; a file with no claim resource is refused.
 */
export async function openFhirSource(path: string, skipBytes: number, ctx: MapContext): Promise<RecordSource> {
  const ndjson = await firstLineIsResource(path, skipBytes);
  const input = ndjson
    ? createReadStream(path, { start: skipBytes, encoding: 'utf8', highWaterMark: 256 * 1024 })
    : null;
  const patients = new Map<string, R4Patient>();
  const remember = (r: Resource): void => void (typeof r.id === 'string' && patients.set(r.id, r as R4Patient));
  async function* resources(): AsyncGenerator<{ resource: Resource; rowNo: number; where: string }> {
    if (input) {
      let line = 0;
      for await (const text of createInterface({ input, crlfDelay: Infinity })) {
        line += 1;
        if (!text.trim()) continue;
        yield { resource: parseLine(text, line), rowNo: line, where: `line ${line}` };
      }
      return;
    }
    if ((await stat(path)).size > MAX_BUNDLE_BYTES)
      throw new ImportFileError(
        'IMPORT_FHIR_TOO_LARGE',
        'The FHIR Bundle is larger than 64 MB: export it as NDJSON (one resource per line, as FHIR Bulk Data does)',
      );
    const text = (await readFile(path, 'utf8')).slice(skipBytes ? 1 : 0);
    let doc: Resource & { entry?: { resource?: Resource }[] };
    try {
      // A FHIR document as the file gives it: the mappers read each field defensively.
      doc = JSON.parse(text) as Resource & { entry?: { resource?: Resource }[] };
    } catch (err) {
      throw bundleJsonError(text, err);
    }
    if (doc.resourceType !== 'Bundle') {
      yield { resource: doc, rowNo: 1, where: 'the file' };
      return;
    }
    for (const entry of doc.entry ?? []) if (entry.resource?.resourceType === 'Patient') remember(entry.resource);
    for (const [i, entry] of (doc.entry ?? []).entries())
      yield { resource: entry.resource ?? {}, rowNo: i + 1, where: `Bundle.entry[${i}]` };
  }
  async function* rows(): AsyncGenerator<SourceRow[]> {
    let index = 0;
    const skipped = new Map<string, number>();
    let batch: SourceRow[] = [];
    for await (const { resource, rowNo } of resources()) {
      const type = String(resource.resourceType ?? '(none)');
      if (type === 'Patient') remember(resource);
      if (type !== 'ExplanationOfBenefit' && type !== 'Claim') {
        skipped.set(type, (skipped.get(type) ?? 0) + 1);
        continue;
      }
      index += 1;
      batch.push({ index, rowNo, values: [], mapped: mapFhirClaim(resource as R4Claim, rowNo, ctx, patients) });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (index === 0) {
      const what = [...skipped].map(([t, n]) => `${n} ${t}`).join(', ') || 'no resources';
      throw new ImportFileError(
        'IMPORT_FHIR_NO_CLAIMS',
        `The FHIR file holds ${what} and no ExplanationOfBenefit or Claim resource: there is no claim to import`,
        [{ path: 'file', message: 'no claim resources' }],
      );
    }
    if (batch.length) yield batch;
  }
  return { header: [], rows: rows(), close: () => input?.destroy() };
}

function parseLine(text: string, line: number): Resource {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Resource;
  } catch (err) {
    throw new ImportFileError(
      'IMPORT_FHIR_MALFORMED',
      `NDJSON line ${line} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
      [{ path: `file:line:${line}`, message: 'invalid JSON' }],
    );
  }
  throw new ImportFileError('IMPORT_FHIR_MALFORMED', `NDJSON line ${line} is not a FHIR resource (a JSON object)`, [
    { path: `file:line:${line}`, message: 'not an object' },
  ]);
}

/** NDJSON when the first non-blank line is a whole JSON object by itself; a pretty-printed Bundle's first line is not. */
async function firstLineIsResource(path: string, skipBytes: number): Promise<boolean> {
  const input = createReadStream(path, { start: skipBytes, encoding: 'utf8', highWaterMark: 1024 * 1024 });
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      if (!text.trim()) continue;
      try {
        const parsed = JSON.parse(text) as Resource;
        return typeof parsed === 'object' && parsed !== null && parsed.resourceType !== 'Bundle';
      } catch {
        return false;
      }
    }
    return false;
  } finally {
    input.destroy();
  }
}

/** Where a Bundle's JSON breaks, as line and column; a break at the very end is a truncated file. */
function bundleJsonError(text: string, err: unknown): ImportFileError {
  const message = err instanceof Error ? err.message : String(err);
  const at = Number(/at position (\d+)/.exec(message)?.[1] ?? (/end of JSON input/.test(message) ? text.length : NaN));
  if (!Number.isFinite(at))
    return new ImportFileError('IMPORT_FHIR_MALFORMED', `The FHIR file is not valid JSON: ${message}`, [
      { path: 'file', message: 'invalid JSON' },
    ]);
  const before = text.slice(0, at).split('\n');
  const where = `line ${before.length}, column ${(before[before.length - 1] ?? '').length + 1}`;
  const truncated = text.slice(at).trim() === '';
  return new ImportFileError(
    'IMPORT_FHIR_MALFORMED',
    truncated
      ? `The FHIR file ends at ${where} before its JSON is complete: the file is truncated (${message})`
      : `The FHIR file is not valid JSON at ${where}: ${message}`,
    [{ path: `file:line:${before.length}`, message: truncated ? 'truncated' : 'invalid JSON' }],
  );
}
