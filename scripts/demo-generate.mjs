#!/usr/bin/env node
// `npm run demo:generate -- --encounters N --seed S [--out file.csv] [--truth truth.csv]`: builds the API if stale,
// then writes realistic coded encounters (code-lines CSV) from the real code sets in DATA_DIR.
import { spawn } from 'node:child_process';
import { ensureDependencies } from './lib/deps.mjs';
import { repoRoot } from './lib/env.mjs';
import { runMain } from './lib/log.mjs';

runMain(async () => {
  await ensureDependencies(repoRoot);
  const { appEnv } = await import('./lib/env.mjs');
  const { buildApi } = await import('./lib/build.mjs');
  await buildApi(repoRoot, { quiet: true });
  const env = appEnv(repoRoot);
  // stdout stays the CSV (when no --out), so it is handed straight to this process's stdout.
  const child = spawn(process.execPath, ['apps/api/dist/cli/demo-generate.js', ...process.argv.slice(2)], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
});
