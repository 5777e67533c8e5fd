// What else the machine was doing: whole-machine CPU use from /proc/stat, and one process's CPU time.
// Linux only; elsewhere the figures are null and the report says the load is unknown.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** Busy and total jiffies over all CPUs since boot (null when /proc is unavailable). */
function cpuJiffies() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** A running measure of whole-machine CPU use: busyPct() since start, as a share of all cores. */
export function machineCpu() {
  const start = cpuJiffies();
  return {
    busyPct: () => {
      const end = cpuJiffies();
      if (!start || !end || end.total === start.total) return null;
      return Math.round(((end.busy - start.busy) / (end.total - start.total)) * 1000) / 10;
    },
  };
}

/** Share of all cores busy over the next ms milliseconds. */
export async function busyOver(/** @type {number} */ ms) {
  const cpu = machineCpu();
  await new Promise((r) => setTimeout(r, ms));
  return cpu.busyPct();
}

/**
 * User + system CPU seconds from a /proc/<pid>/stat line: the process's own, or (children) those of its
 * children it has waited for. 100 clock ticks per second on Linux.
 */
export function statCpuSeconds(/** @type {string} */ stat, children = false) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime, stime, cutime, cstime are fields 14–17 of the whole line (11–14 after the command name).
  const [user, system] = children ? [fields[13], fields[14]] : [fields[11], fields[12]];
  return Math.round(((Number(user) + Number(system)) / 100) * 100) / 100;
}

/** CPU seconds a process has used (null once it is gone). */
export function processCpuSeconds(/** @type {number | 'self'} */ pid, children = false) {
  try {
    return statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'), children);
  } catch {
    return null;
  }
}

export function machineInfo() {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model?.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAvg: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
