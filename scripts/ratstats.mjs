#!/usr/bin/env node
// `npm run --silent ratstats -- <random|attribute|variable|stratified> < input.json`: builds the API if stale,
// then runs the RAT-STATS CLI with this process's stdin, stdout and stderr (stdout carries only the JSON).
import { spawn } from 'node:child_process';
import { ensureDependencies } from './lib/deps.mjs';
import { repoRoot } from './lib/env.mjs';
import { runMain } from './lib/log.mjs';

runMain(async () => {
  // Build progress goes to stderr so that stdout stays a single JSON document.
  console.log = (...args) => console.error(...args);
  await ensureDependencies(repoRoot);
  const { buildApi } = await import('./lib/build.mjs');
  await buildApi(repoRoot, { quiet: true });
  const child = spawn(process.execPath, ['apps/api/dist/cli/ratstats.js', ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
});
