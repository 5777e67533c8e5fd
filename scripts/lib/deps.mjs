// Installs the workspace's npm dependencies when they are missing or older than the lockfile.
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { info, ok } from './log.mjs';
import { runStep } from './run.mjs';

/** npm rewrites this hidden lockfile on every install that changes node_modules. */
const INSTALL_MARKER = join('node_modules', '.package-lock.json');

function mtime(/** @type {string} */ path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Every package.json of the workspace (root and apps/*, libs/*), plus the lockfile. */
export function manifestFiles(/** @type {string} */ root) {
  const files = [join(root, 'package.json'), join(root, 'package-lock.json')];
  for (const group of ['apps', 'libs']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const manifest = join(dir, name, 'package.json');
      if (existsSync(manifest)) files.push(manifest);
    }
  }
  return files;
}

/** @returns {string | undefined} why an install is needed, or undefined when node_modules is current */
export function installReason(/** @type {string} */ root) {
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  const installedAt = mtime(join(root, INSTALL_MARKER));
  if (!installedAt) return 'node_modules was not installed by npm';
  const newer = manifestFiles(root).find((file) => mtime(file) > installedAt);
  return newer ? `${newer.slice(root.length + 1)} is newer than node_modules` : undefined;
}

/** `npm install`, never `npm ci`: the committed lockfile lacks other platforms' optional binaries (STACK.md). */
export async function ensureDependencies(/** @type {string} */ root) {
  const reason = installReason(root);
  if (!reason) return;
  info(`Installing dependencies (${reason})…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await runStep('npm install', npm, ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    env: { ...process.env, SCARF_ANALYTICS: 'false', NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
  // npm leaves the marker alone when nothing changed; touch it so the next start does not reinstall.
  const now = new Date();
  if (existsSync(join(root, INSTALL_MARKER))) utimesSync(join(root, INSTALL_MARKER), now, now);
  ok('Dependencies installed');
}
