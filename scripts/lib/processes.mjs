// Long-lived children (API, worker, web preview): prefixed log lines, one place to stop them all,
// and a promise that rejects when one of them dies while it should be running.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { paint } from './log.mjs';

/** @typedef {{ name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, colour?: Parameters<typeof paint>[0], logFile?: string }} ChildSpec */

export class ProcessGroup {
  /** @type {{ spec: ChildSpec, child: import('node:child_process').ChildProcess, exited: Promise<void> }[]} */
  #members = [];
  #stopping = false;
  /** @type {(reason: Error) => void} */
  #rejectDeath = () => {};
  /** Rejects with the first child that exits while the group is not stopping. */
  death = new Promise((_, reject) => {
    this.#rejectDeath = reject;
  });

  constructor() {
    this.death.catch(() => {}); // observed by whoever awaits it; never an unhandled rejection
  }

  /** @param {ChildSpec} spec */
  start(spec) {
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sink = spec.logFile ? createWriteStream(spec.logFile, { flags: 'a' }) : undefined;
    const label = paint(spec.colour ?? 'grey', spec.name.padEnd(6));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (sink) sink.write(`${line}\n`);
        else process.stdout.write(`${label}│ ${line}\n`);
      });
    }
    const exited = new Promise((resolve) => {
      child.on('error', (err) => {
        if (!this.#stopping) this.#rejectDeath(new Error(`${spec.name} could not start: ${err.message}`));
        resolve(undefined);
      });
      child.on('close', () => sink?.end()); // after the last line; 'exit' can come before it
      child.on('exit', (code, signal) => {
        if (!this.#stopping)
          this.#rejectDeath(new Error(`${spec.name} exited unexpectedly (${signal ?? `code ${code}`})`));
        resolve(undefined);
      });
    }).then(() => undefined);
    this.#members.push({ spec, child, exited });
    return child;
  }

  /** SIGTERM to every child still running, SIGKILL after graceMs; resolves when all have exited. */
  async stop(graceMs = 10000) {
    this.#stopping = true;
    const running = this.#members.filter((m) => m.child.exitCode === null && m.child.signalCode === null);
    for (const member of running) member.child.kill('SIGTERM');
    const timer = setTimeout(() => running.forEach((m) => m.child.kill('SIGKILL')), graceMs);
    await Promise.all(running.map((m) => m.exited));
    clearTimeout(timer);
  }

  /** Last resort when the parent exits without stop() (process 'exit' handlers cannot wait). */
  killNow() {
    this.#stopping = true;
    for (const member of this.#members) if (member.child.exitCode === null) member.child.kill('SIGKILL');
  }
}
