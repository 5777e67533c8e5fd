// Debian's Chromium for the browser tests: installed with apt-get when missing (root, or sudo without a password).
import { existsSync } from 'node:fs';
import { info, ok, UserFacingError } from './log.mjs';
import { run, which } from './run.mjs';

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH || !which('apt-get')) {
    throw new UserFacingError(`Chromium is not at ${path}. Install Chromium and set CHROMIUM_PATH to its executable.`);
  }
  let prefix = /** @type {string[] | undefined} */ (undefined);
  if (process.getuid?.() === 0) prefix = [];
  else if (which('sudo') && (await run('sudo', ['-n', 'true'], { quiet: true })).code === 0) prefix = ['sudo', '-n'];
  if (!prefix) {
    throw new UserFacingError(
      'Chromium is missing (/usr/bin/chromium) and installing it needs root. Run: sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = async (/** @type {string[]} */ args) => {
    const [command, ...rest] = [...prefix, 'apt-get', ...args];
    const result = await run(command, rest, { env, quiet: true });
    if (result.code !== 0) {
      const tail = result.output.trim().split('\n').slice(-15).join('\n');
      throw new UserFacingError(`apt-get ${args.join(' ')} failed (exit ${result.code}):\n${tail}`);
    }
  };
  info('Installing Chromium for the browser tests (apt-get install chromium)…');
  await apt(['update', '-q']);
  await apt(['install', '-y', '-q', 'chromium']);
  if (!existsSync(path)) throw new UserFacingError(`apt-get installed chromium, but ${path} is still missing`);
  ok('Chromium installed');
  return path;
}
