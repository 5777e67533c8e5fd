import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { WEB_SECURITY_HEADERS } from '../../docker/web-security-headers.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const port = Number(process.env.WEB_PORT ?? 5173);
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

// The browser only ever talks to its own origin; the API, health and readiness checks are proxied
// so the session cookie stays first-party in development and in `vite preview` alike.
// X-Forwarded-For is overwritten with the real peer: passed through, a client could set its own
// address in the audit log and rotate it past the per-address sign-in limit (the API trusts one hop).
const forwardPeer: ProxyOptions['configure'] = (server) => {
  server.on('proxyReq', (proxyReq, req) => proxyReq.setHeader('x-forwarded-for', req.socket.remoteAddress ?? ''));
};
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiUrl, changeOrigin: false, configure: forwardPeer },
  '/health': { target: apiUrl, changeOrigin: false, configure: forwardPeer },
  '/ready': { target: apiUrl, changeOrigin: false, configure: forwardPeer },
};

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@recode/contracts': fromRoot('../../libs/contracts/src/index.ts'),
      '@recode/domain': fromRoot('../../libs/domain/src/index.ts'),
    },
  },
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  // The built app (npm start, e2e) gets the same CSP and framing rules as the Docker web server; the
  // dev server goes without, since React's hot reload injects an inline script.
  preview: { host: '127.0.0.1', port, strictPort: true, proxy, headers: { ...WEB_SECURITY_HEADERS } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
