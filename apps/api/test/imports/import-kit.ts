import { openAsBlob } from 'node:fs';
import * as path from 'node:path';
import type { ImportDetailDto } from '@recode/contracts';
import type { DataSource } from 'typeorm';
import { JobWorker } from '../../src/jobs/job-worker';
import { loadSpecCodeSets } from '../code-sets/code-set-fixtures';
import { signedIn, startTestApp, type ApiClient, type ApiResponse, type TestApp } from '../support/test-app';

export const DATA_DIR = process.env.DATA_DIR ?? path.resolve(__dirname, '../../../../../shared/data');
export const TUVA_FILE = path.join(DATA_DIR, 'tuva-synthetic-medical-claims.csv');

/** What the import specs validate against: every ICD-10-CM year (so "valid in FY2019" can be said), PCS, POA, DRGs, HCPCS. */
const IMPORT_FILES =
  /^(icd10cm-\d{4}|icd10pcs-(2018|2025|2026)|icd10cm-poa-exempt-(2018|2025|2026)|msdrg-v(35|42|43)|hcpcs-\d{4}q\d)\.csv(\.gz)?$/;

/** Loads the code sets once per test run (files already loaded are skipped by checksum; the first load takes ~40 s). */
export async function ensureImportCodeSets(db: DataSource): Promise<void> {
  await loadSpecCodeSets(db, DATA_DIR, IMPORT_FILES);
}

/** Most import specs' set-up: the app with the import code sets, one in-process import worker, the admin signed in. */
export async function startImportApp(): Promise<{ t: TestApp; admin: ApiClient }> {
  const t = await startTestApp();
  await ensureImportCodeSets(t.db);
  t.app.get(JobWorker).start({ imports: 1 });
  return { t, admin: await signedIn(t, 'admin@recode.test') };
}

export async function upload(
  client: ApiClient,
  file: { name: string; content: string | Uint8Array } | { name: string; path: string },
  fields: Record<string, string> = {},
  coderMapping?: { name: string; content: string },
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (coderMapping) form.append('coderMapping', new Blob([coderMapping.content]), coderMapping.name);
  const blob = 'path' in file ? await openAsBlob(file.path) : new Blob([file.content]);
  form.append('file', blob, file.name);
  const headers: Record<string, string> = { 'x-forwarded-for': client.ip, cookie: client.cookie };
  const res = await fetch(`${client.baseUrl}/api/imports`, { method: 'POST', headers, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Polls until the import has finished (succeeded, failed or cancelled). */
export async function waitForImport(client: ApiClient, id: string, timeoutMs = 120_000): Promise<ImportDetailDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get<ImportDetailDto>(`/api/imports/${id}`);
    if (res.status !== 200) throw new Error(`GET import ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    if (['succeeded', 'failed', 'cancelled'].includes(res.body.status)) return res.body;
    if (Date.now() > deadline)
      throw new Error(`import ${id} still ${res.body.status} (${res.body.phase}) after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Uploads and waits; fails the test with the server's answer if the upload itself is refused. */
export async function importFile(
  client: ApiClient,
  name: string,
  content: string,
  fields: Record<string, string> = {},
  coderMapping?: { name: string; content: string },
): Promise<ImportDetailDto> {
  const res = await upload(client, { name, content }, fields, coderMapping);
  if (res.status !== 202) throw new Error(`upload refused: ${res.status} ${JSON.stringify(res.body)}`);
  return waitForImport(client, res.body.importId);
}

/** The data lines of an import's error report (errors.csv without its header). */
export async function errorReportLines(client: ApiClient, id: string): Promise<string[]> {
  const res = await client.get(`/api/imports/${id}/errors.csv`);
  return String(res.body).trim().split('\r\n').slice(1);
}

export const CODE_LINES_HEADER =
  'source,encounter_id,facility,setting,admission_date,discharge_date,service_date,payer,coder_id,drg,total_charges,code_system,code,sequence,principal,poa,modifiers,units,line';

/** A code-lines CSV from rows of the columns above (missing trailing values are blank). */
export function codeLinesCsv(rows: readonly (readonly string[])[], eol = '\n'): string {
  const width = CODE_LINES_HEADER.split(',').length;
  return [CODE_LINES_HEADER, ...rows.map((r) => [...r, ...Array(width - r.length).fill('')].join(','))].join(eol) + eol;
}

export async function countRows(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return n;
}
