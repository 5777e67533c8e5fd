import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { loadCodeSets, type CodeSetLoadResult } from '../../src/code-sets/code-set-loader';
import type { ApiClient, ApiResponse } from '../support/test-app';

/**
 * The real reference files these specs need (all ICD-10-CM years, since E119 is checked in each;
 * one PCS year; POA 2018/2026; every MS-DRG version; HCPCS). Loading all 17 files takes about a
 * minute, so the other PCS and POA years are left out. Files already loaded are skipped by checksum.
 */
export const SPEC_FILES =
  /^(icd10cm-\d{4}|icd10pcs-2026|icd10cm-poa-exempt-(2018|2026)|msdrg-v\d+|hcpcs-\d{4}q\d)\.csv(\.gz)?$/;

/**
 * What the run's second template database holds (see support/global-setup.ts): everything the import,
 * audit and dispute specs validate against, loaded once per run instead of once per spec file. Those
 * specs still ask for their own sets, which the loader then skips by checksum. The pattern lives in
 * template-files.json because `npm test` builds the same template before this step (scripts/lib/test-template.mjs).
 */
export const TEMPLATE_FILES = new RegExp(
  (JSON.parse(readFileSync(join(__dirname, 'template-files.json'), 'utf8')) as { pattern: string }).pattern,
);

export async function loadSpecCodeSets(
  db: DataSource,
  dataDir: string,
  filter: RegExp = SPEC_FILES,
): Promise<{ results: CodeSetLoadResult[]; ms: number }> {
  const started = performance.now();
  const results = await loadCodeSets(db, dataDir, () => undefined, { filter: (name) => filter.test(name) });
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length) throw new Error(`code-set load failed: ${failed.map((r) => r.error?.message).join('; ')}`);
  return { results, ms: Math.round(performance.now() - started) };
}

/** POSTs multipart/form-data the way a browser would, with the client's session cookie. */
export async function postFile(
  client: ApiClient,
  path: string,
  fields: Record<string, string>,
  file?: { name: string; content: string | Uint8Array },
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append('file', new Blob([file.content], { type: 'text/csv' }), file.name);
  const headers: Record<string, string> = { 'x-forwarded-for': client.ip };
  if (client.cookie) headers.cookie = client.cookie;
  const res = await fetch(`${client.baseUrl}${path}`, { method: 'POST', headers, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}
