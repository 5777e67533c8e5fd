import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** The web servers that stand in front of the API: Vite's dev server, `vite preview` (npm start) and docker/web-server.mjs. */
export type WebServerKind = 'vite' | 'vite-preview' | 'docker';

const root = path.resolve(__dirname, '../../../..');

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts one, serving a one-line index.html and proxying to apiUrl; resolves with its URL once /health answers through it. */
export async function startWebServer(kind: WebServerKind, apiUrl: string, children: ChildProcess[]): Promise<string> {
  const port = await freePort();
  const staticDir = mkdtempSync(path.join(tmpdir(), 'recode-web-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Recode</title>');
  const vite = [path.join(root, 'node_modules/vite/bin/vite.js')];
  const args =
    kind === 'docker'
      ? ['docker/web-server.mjs']
      : kind === 'vite-preview'
        ? [...vite, 'preview', '--config', 'apps/web/vite.config.ts', '--outDir', staticDir, '--logLevel', 'error']
        : [...vite, '--config', 'apps/web/vite.config.ts', '--logLevel', 'error'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, WEB_PORT: String(port), API_URL: apiUrl, STATIC_DIR: staticDir },
    stdio: 'ignore',
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if ((await fetch(`${url}/health`).catch(() => null))?.status === 200) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${kind} web server did not start on ${port}`);
}
