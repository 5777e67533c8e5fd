import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const port = Number(process.env.WEB_PORT ?? 5173);
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

// The browser only ever talks to its own origin; the API, health and readiness checks are proxied
// so the session cookie stays first-party in development and in `vite preview` alike.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiUrl, changeOrigin: false },
  '/health': { target: apiUrl, changeOrigin: false },
  '/ready': { target: apiUrl, changeOrigin: false },
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
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
