#!/usr/bin/env node
// `npm run test:e2e`: the browser tests alone, with what they need (dependencies, services, Chromium).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies } from '../../scripts/lib/deps.mjs';
import { repoRoot } from '../../scripts/lib/env.mjs';
import { runMain } from '../../scripts/lib/log.mjs';

runMain(async () => {
  await ensureDependencies(repoRoot);
  const { ensureServices } = await import('../../scripts/lib/services.mjs');
  const { ensureChromium } = await import('../../scripts/lib/chromium.mjs');
  await ensureServices(repoRoot);
  await ensureChromium();
  const jest = join(repoRoot, 'node_modules', '.bin', 'jest');
  // Two spec files at a time, as npm test runs them.
  const result = spawnSync(jest, ['--selectProjects', 'e2e', '--maxWorkers=2', ...process.argv.slice(2)], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return result.status ?? 1;
});
