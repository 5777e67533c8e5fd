// The web container's server: serves the Vite build and passes /api, /health and /ready to the API.
// Plain Node (no dependencies) so the runtime image carries only this file and the built assets.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WEB_SECURITY_HEADERS } from './web-security-headers.mjs';

const port = Number(process.env.WEB_PORT || 8080);
const apiUrl = new URL(process.env.API_URL || 'http://127.0.0.1:3000');
const staticDir = resolve(process.env.STATIC_DIR || 'public');
const proxied = /^\/(api|health|ready)(\/|\?|$)/;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function proxy(req, res) {
  const upstream = request(
    {
      host: apiUrl.hostname,
      port: apiUrl.port || 80,
      method: req.method,
      path: req.url,
      headers: {
        ...req.headers,
        host: apiUrl.host,
        'x-forwarded-for': req.socket.remoteAddress ?? '',
        'x-forwarded-proto': 'http',
      },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'API_UNAVAILABLE', message: 'The API is not reachable', details: null } }));
  });
  req.pipe(upstream);
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
function serveStatic(req, res) {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const candidate = normalize(join(staticDir, pathname));
  const isFile = candidate.startsWith(staticDir + sep) && existsSync(candidate) && statSync(candidate).isFile();
  // Client-side routes (and unknown paths) get index.html; the router draws its own not-found page.
  const file = isFile ? candidate : join(staticDir, 'index.html');
  const hashed = isFile && pathname.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...WEB_SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
}

createServer((req, res) => {
  if (proxied.test(req.url ?? '')) proxy(req, res);
  else if (req.method === 'GET' || req.method === 'HEAD') serveStatic(req, res);
  else res.writeHead(405).end();
}).listen(port, '0.0.0.0', () => console.log(`web: serving ${staticDir} on :${port}, API at ${apiUrl.origin}`));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
