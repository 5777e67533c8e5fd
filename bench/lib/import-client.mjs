// The browser's side of an import, over HTTP: sign in, POST the file as multipart/form-data, poll the import.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';

/** @returns {Promise<string>} the session cookie of the signed-in user */
export async function signIn(
  /** @type {string} */ apiUrl,
  /** @type {string} */ email,
  /** @type {string} */ password,
) {
  const res = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/**
 * Uploads the file (streamed from disk by fetch, as a browser would) and polls every pollMs until the import
 * has finished. Times from the start of the upload to the first poll that sees it finished.
 * @param {{ apiUrl: string, cookie: string, file: string, source: string, pollMs?: number, timeoutMs?: number, onPoll?: (imp: any) => void }} o
 */
export async function uploadAndWait(o) {
  const pollMs = o.pollMs ?? 200;
  const form = new FormData();
  form.append('source', o.source);
  if (o.defaultCoderExternalId) form.append('defaultCoderExternalId', o.defaultCoderExternalId);
  form.append('file', await openAsBlob(o.file, { type: 'text/csv' }), basename(o.file));
  const startedAt = Date.now();
  const started = performance.now();
  const res = await fetch(`${o.apiUrl}/api/imports`, { method: 'POST', headers: { cookie: o.cookie }, body: form });
  const body = await res.json();
  if (res.status !== 202) throw new Error(`upload refused: ${res.status} ${JSON.stringify(body)}`);
  const acceptedMs = performance.now() - started;
  const deadline = Date.now() + (o.timeoutMs ?? 60 * 60 * 1000);
  for (;;) {
    const poll = await fetch(`${o.apiUrl}/api/imports/${body.importId}`, { headers: { cookie: o.cookie } });
    const imp = await poll.json();
    if (poll.status !== 200) throw new Error(`GET import ${body.importId}: ${poll.status} ${JSON.stringify(imp)}`);
    o.onPoll?.(imp);
    if (['succeeded', 'failed', 'cancelled'].includes(imp.status))
      return { importId: body.importId, detail: imp, startedAt, acceptedMs, totalMs: performance.now() - started };
    if (Date.now() > deadline)
      throw new Error(`import ${body.importId} still ${imp.status} (${imp.phase}) after the time limit`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
