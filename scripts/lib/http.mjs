// Ports and readiness: a free port for test stacks, and waiting until a URL answers 200.
import { createServer } from 'node:net';

/** @returns {Promise<number>} a TCP port free on 127.0.0.1 right now */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** @returns {Promise<boolean>} whether port can be bound on 127.0.0.1 */
export function isPortFree(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Polls url until it answers 200. Rejects on timeout, or as soon as `abort` rejects (a child died).
 * @param {string} url
 * @param {{ timeoutMs?: number, abort?: Promise<unknown> }} [options]
 */
export async function waitForOk(url, options = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 90000);
  let last = 'no answer';
  let aborted = /** @type {unknown} */ (undefined);
  options.abort?.catch((err) => (aborted = err));
  while (Date.now() < deadline) {
    if (aborted) throw aborted;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (err) {
      last = /** @type {Error} */ (err).message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (aborted) throw aborted;
  throw new Error(`${url} did not answer 200 in time (last: ${last})`);
}
