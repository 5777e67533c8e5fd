// Running one command to completion (builds, migrations, installs). Long-lived children live in processes.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserFacingError } from './log.mjs';

/** The process groups of the steps test-all is running (checks run side by side), so Ctrl-C can end all of them. */
const currentGroups = new Set(/** @type {number[]} */ ([]));

function killGroup(/** @type {number} */ group, /** @type {NodeJS.Signals} */ signal) {
  try {
    process.kill(-group, signal);
  } catch {
    // already gone
  }
}

/** Ends every running step's whole process group (jest, its workers, the e2e stack's servers). */
export function killCurrentGroup(/** @type {NodeJS.Signals} */ signal = 'SIGTERM') {
  for (const group of currentGroups) killGroup(group, signal);
}

/**
 * Runs a command with inherited output and no stdin (CI has none; nothing here may prompt).
 * quiet captures the output instead of printing it. group runs it in its own process group, and
 * timeoutMs then ends the whole group (SIGTERM, SIGKILL 10 s later) when the time is up.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, quiet?: boolean, group?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<{ code: number, output: string, timedOut: boolean }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', options.quiet ? 'pipe' : 'inherit', options.quiet ? 'pipe' : 'inherit'],
      detached: Boolean(options.group),
    });
    const group = options.group ? child.pid : undefined;
    if (group) currentGroups.add(group);
    let output = '';
    let timedOut = false;
    const timers = /** @type {NodeJS.Timeout[]} */ ([]);
    if (options.group && options.timeoutMs) {
      timers.push(
        setTimeout(() => {
          timedOut = true;
          if (group) killGroup(group, 'SIGTERM');
          timers.push(setTimeout(() => group && killGroup(group, 'SIGKILL'), 10000));
        }, options.timeoutMs),
      );
    }
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const finish = (/** @type {number} */ code) => {
      timers.forEach(clearTimeout);
      if (group) {
        killGroup(group, 'SIGKILL'); // anything the step left behind in its group
        currentGroups.delete(group);
      }
      resolve({ code, output, timedOut });
    };
    child.on('error', (err) => {
      output += `${err.message}\n`;
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Like run, but a non-zero exit becomes a UserFacingError naming the step (with the output's end when quiet).
 * @param {string} what @param {string} command @param {string[]} args @param {Parameters<typeof run>[2]} [options]
 */
export async function runStep(what, command, args, options = {}) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    const tail = options.quiet ? `\n${result.output.trim().split('\n').slice(-30).join('\n')}` : '';
    throw new UserFacingError(`${what} failed (exit ${result.code}): ${[command, ...args].join(' ')}${tail}`);
  }
  return result;
}

/** @param {string} name @returns {string | undefined} the command's path on PATH */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Path of a package's CLI in the workspace's node_modules/.bin (faster than npx and never prompts). */
export function localBin(/** @type {string} */ root, /** @type {string} */ name) {
  return join(root, 'node_modules', '.bin', name);
}
