#!/usr/bin/env node
// `npm run --silent drg -- group < claims.tsv`: the MS-DRG grouper CLI (apps/api/dist/cli/drg.js). Rebuilds
// the API first when its sources changed, writing build output to stderr so stdout stays the grouper's.
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiTarget, staleReason } from './lib/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'apps/api/dist/cli/drg.js');
const target = apiTarget(root);
target.outputs.push(cli);
const reason = staleReason(target);
if (reason) {
  process.stderr.write(`Building the API (${reason})…\n`);
  const tsc = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
  const build = spawnSync(tsc, ['-b', 'apps/api'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // tsc leaves its build info alone when only files outside the build (specs) changed: mark it fresh.
  const now = new Date();
  if (existsSync(target.stamp)) utimesSync(target.stamp, now, now);
}
const run = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
process.exit(run.status ?? 1);
