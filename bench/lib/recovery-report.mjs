// bench/results/recovery.json and the "Recovery" section of BENCHMARKS.md, written by bench/recovery.mjs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const BEGIN = '<!-- bench:recovery -->';
const END = '<!-- /bench:recovery -->';

/** @param {Record<string, any>} f */
export function recoverySection(f) {
  const rows = f.kills.map(
    (/** @type {any} */ k, /** @type {number} */ i) =>
      `| ${i + 1} | ${k.phase} | ${k.checkpointAtKill} | ${(k.recoveryMs / 1000).toFixed(1)} s | ${(k.workerReadyMs / 1000).toFixed(1)} s |`,
  );
  return `${BEGIN}
## Recovery after \`kill -9\` of the worker (\`npm run bench:recovery\`)

One import of ${f.encounters.toLocaleString('en-US')} demo encounters through the upload → BullMQ worker path; the
worker is killed with \`SIGKILL\` ${f.kills.length} times, each time right after a committed checkpoint, and a
new worker is started at once (as a supervisor with \`restart: unless-stopped\` does). Recovery is the
time from the kill to the next committed progress (\`imports.rows_parsed\` or \`buckets_written\` moving,
polled every ${f.pollMs} ms), so it includes the new worker's start, BullMQ's lock expiry and stall check
(\`lockDuration\` ${f.settings.lockMs / 1000} s, \`stalledInterval\` ${f.settings.stallCheckMs / 1000} s) and the runner's resume.

Machine: ${f.machine.cpus} × ${f.machine.cpuModel}, load average ${f.machine.loadAvg.join(' / ')} at the start
(${f.busyBeforePct}% busy over 3 s before the import; other jobs share it). Run ${f.date}.

| kill | phase | checkpoint at kill | kill → next progress | new worker ready |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Median ${(f.medianRecoveryMs / 1000).toFixed(1)} s, worst ${(f.maxRecoveryMs / 1000).toFixed(1)} s (goal: under 10 s). The import ended
\`${f.finalStatus}\` with ${f.encountersWritten.toLocaleString('en-US')} encounters in ${(f.totalMs / 1000).toFixed(1)} s.
${END}`;
}

export function writeRecoverySection(/** @type {string} */ file, /** @type {Record<string, any>} */ figures) {
  const section = recoverySection(figures);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + END.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
