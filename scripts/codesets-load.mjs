#!/usr/bin/env node
// `npm run codesets:load`: build the API if its output is missing, then load every code-set file in
// DATA_DIR (default ../shared/data) with apps/api/dist/cli/codesets-load.js. Files already loaded with
// the same checksum are skipped, so running it again changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'apps/api/dist/cli/codesets-load.js');

if (!existsSync(cli)) {
  console.log('Building the API (apps/api/dist is missing)…');
  const build = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['tsc', '-b', 'apps/api'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const load = spawnSync(process.execPath, [cli], { cwd: root, stdio: 'inherit', env: process.env });
process.exit(load.status ?? 1);
