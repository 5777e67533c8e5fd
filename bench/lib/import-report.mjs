// bench/results/import.json and the "Import" section of BENCHMARKS.md (the other sections are kept as they are).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const BEGIN = '<!-- bench:import -->';
const END = '<!-- /bench:import -->';
const AUDIT_BEGIN = '<!-- bench:audit -->';

export function writeJson(/** @type {string} */ file, /** @type {object} */ figures) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
}

const n = (/** @type {number} */ x) => x.toLocaleString('en-US');
const s = (/** @type {number | null | undefined} */ ms) =>
  ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`;

/** @param {Record<string, any>} f */
const grouperRow = (f) => {
  const g = f.grouper;
  const legs = g.legs.map((/** @type {any} */ l) => `${l.grouper} ${l.seconds} s`).join(', ');
  return `| grouping inpatient stays on import: the same CSV four more times, grouping on, off, off, on (\`IMPORT_GROUPER\`; fresh worker, encounter tables emptied, each leg) | ${legs}: mean with ${g.meanSeconds.on} s, without ${g.meanSeconds.off} s → **grouperOverhead ${f.grouperOverhead}** (goal ≤ 0.2; on CPU time ${g.meanCpuSeconds.on} s vs ${g.meanCpuSeconds.off} s: ${g.cpuOverhead}) |`;
};

/** @param {Record<string, any>} g */
const grouperText = (g) => {
  const on = g.legs.filter((/** @type {any} */ l) => l.grouper === 'on');
  const off = g.legs.filter((/** @type {any} */ l) => l.grouper === 'off');
  const phase = (/** @type {any[]} */ legs, /** @type {string} */ key) => legs.map((l) => s(l[key])).join(' and ');
  return `Grouping: ${n(g.staysGrouped ?? 0)} inpatient stays grouped in the write phase; its steps in each bucket (the stays' codes
from staging, the grouper, the plan update, the DRG_GROUPER_DIFFERS report lines) took ${s(g.groupStepsMs)} summed over the
write connections (mean of the grouping legs), ${s(g.insideGrouperMs)} of it in the grouper calls on the worker's thread (wall time,
so also the time a busy machine kept the thread waiting). Parse phase with grouping ${phase(on, 'parseMs')}, without
${phase(off, 'parseMs')}; write phase with ${phase(on, 'writeMs')}, without ${phase(off, 'writeMs')}. A worker loads a grouper
version's tables the first time a stay of it is grouped, so the grouping legs include that load. Worker peak memory
(VmHWM) in the paired legs: ${g.meanWorkerPeakRssMb ? `${g.meanWorkerPeakRssMb.on} MB with grouping, ${g.meanWorkerPeakRssMb.off} MB without` : 'n/a'}.`;
};

/** @param {Record<string, any>} f the figures of import.json */
export function sectionText(f) {
  const t = f.importBreakdown;
  const c = f.copyBreakdown;
  const m = f.machine;
  const shared = f.machineShared
    ? `**shared**: other work kept ${m.busyBeforePct}% of the CPUs busy just before the import (${m.busyDuringPct}% during it, all processes)`
    : `quiet (${m.busyBeforePct}% CPU busy just before the import; ${m.busyDuringPct}% during it, all processes)`;
  return `${BEGIN}
## Import (\`npm run bench:import\`)

Run ${f.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, PostgreSQL ${f.postgres}, Node ${f.node}; the machine was ${shared}.
One run of each side, in a scratch database. ${n(f.encounters)} demo encounters (\`demo:generate --seed ${f.seed}\`, ${f.fileMb} MB code-lines CSV)
imported through the real path: \`POST /api/imports\` to the API process, one BullMQ worker process, polled every 200 ms.

| what | figure |
| --- | ---: |
| code rows written (\`encounter_codes\`), plus ${n(f.encounters)} encounters and ${n(f.encounters)} versions | **${n(f.rows)}** |
| import: upload start → \`succeeded\` | ${s(f.seconds * 1000)} → **${n(f.rowsPerSec)} rows/s** |
| reference: \`psql \\copy\` of the same rows into the same tables | ${s(f.copySeconds * 1000)} → **${n(f.copyRowsPerSec)} rows/s** |
| ratio rowsPerSec / copyRowsPerSec (goal ≥ 0.5) | **${f.ratio}** |
${f.x12 ? `| the same encounters as one 837 (${n(f.x12.claims837I)} 837I + ${n(f.x12.claims837P)} 837P claims, ${f.x12.fileMb} MB, one default coder): ${n(f.x12.codes)} code rows | ${s(f.x12.seconds * 1000)} → **${n(f.x12RowsPerSec)} rows/s** (goal ≥ half the CSV figure, ${n(f.x12.halfCsv)}: ${f.x12.met ? 'met' : 'missed'}; load average ${m.loadAvg.join(' ')}) |\n` : ''}${f.grouper ? `${grouperRow(f)}\n` : ''}| worker peak memory (VmHWM; highest polled VmRSS ${f.workerPolledPeakRssMb} MB; idle before the upload ${f.workerIdleRssMb} MB) (goal < 300 MB) | **${f.workerPeakRssMb} MB** |

Where the import's time went: upload start → the worker marks it running ${s(t.toRunningMs)} (of which the upload
request itself, file streamed to disk and hashed, import recorded, job queued: ${s(t.uploadMs)}); parse phase ${s(t.parseMs)} (code-set indexes of every loaded year, count
lines, read, map and validate every row against its year's code set, assemble encounters, COPY into UNLOGGED staging
tables, index them); write phase ${s(t.writeMs)} (${f.buckets} buckets, each one transaction: plan, INSERT … SELECT into the
three tables, checkpoint; ${f.writeConnections ?? 1} connection${(f.writeConnections ?? 1) === 1 ? '' : 's'} writing buckets side by side, \`IMPORT_WRITE_CONNECTIONS\`); the rest (finishing, clean-up, up to one 200 ms poll) ${s(t.otherMs)}. CPU used during the import: worker ${f.cpuSeconds.worker} s,
the scratch database's PostgreSQL backends ${f.cpuSeconds.postgres} s, API ${f.cpuSeconds.api} s (${f.cpuSeconds.importTotal} s in all); the reference
used ${f.cpuSeconds.copyTotal} s (psql ${f.cpuSeconds.copyPsql} s, its backend ${f.cpuSeconds.copyPostgres} s). On CPU time alone the import costs
${f.cpuRatio === 0 ? 'n/a' : (1 / f.cpuRatio).toFixed(1)}× the reference (cpuRatio ${f.cpuRatio}); on a busy machine the wall-clock ratio also reflects that the import
runs a worker and ${(f.writeConnections ?? 1) === 1 ? 'a backend' : `up to ${f.writeConnections} backends`} side by side while \\copy is one backend. ${n(f.importErrors)} row problems were recorded in \`import_errors\`
(${n(f.encountersFlagged)} encounters flagged), which the reference does not write.
${f.grouper ? `\n${grouperText(f.grouper)}\n` : ''}
Sampled every 100 ms during the import (${n(f.dbProfile.samples)} samples; share of samples, a sample can count several sessions):
${f.dbProfile.top
  .slice(0, 8)
  .map((/** @type {{ what: string, share: number }} */ p) => `\`${p.what}\` ${p.share}%`)
  .join('; ')}.

The reference loads CSV files exported from what the import wrote (\`\\copy (SELECT …) TO\`), after \`TRUNCATE\` and
\`CHECKPOINT\`: one psql session, \`BEGIN\`, \`\\copy … FROM\` into encounters ${s(c.encountersMs)}, encounter_versions
${s(c.versionsMs)}, encounter_codes ${s(c.codesMs)}, \`COMMIT\` ${s(c.commitMs)} (timed from psql start to exit, so with every
index and foreign key of the real tables, and the deferred \`current_version_id\` check at commit). It does no parsing
of the demo layout, no validation, no assembly, no version planning: those are what the ratio prices in.
Raw figures: \`bench/results/import.json\`.
${END}`;
}

/** Replaces the section, or adds it above the audit section (or at the end when there is none). */
export function writeSection(/** @type {string} */ file, /** @type {Record<string, any>} */ figures) {
  const section = sectionText(figures);
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures from the bench scripts; each section is rewritten by its own script.\n';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const audit = current.indexOf(AUDIT_BEGIN);
  let next;
  if (start >= 0 && end > start) next = `${current.slice(0, start)}${section}${current.slice(end + END.length)}`;
  else if (audit >= 0) next = `${current.slice(0, audit)}${section}\n\n${current.slice(audit)}`;
  else next = `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
