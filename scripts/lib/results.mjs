// Turning each test step's outcome into counts, and the closing line CI reads.

/** @typedef {{ passed: number, failed: number, skipped: number, note?: string }} Counts */

/**
 * Counts from Jest's --json report. A suite that could not run counts as a failed test; a non-zero exit
 * with nothing failed (global setup or teardown broke, open handles) counts as one failure.
 * @param {any} report parsed JSON, or undefined when Jest wrote none
 * @param {number} exitCode
 * @returns {Counts}
 */
export function jestCounts(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: `crashed before reporting (exit ${exitCode})` };
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  if (exitCode !== 0 && counts.failed === 0)
    return { ...counts, failed: 1, note: `exit ${exitCode} with no failed test` };
  return counts;
}

/** One check (lint, a type-check): exit 0 passes. */
export function checkCounts(/** @type {number} */ exitCode) {
  return exitCode === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

/** Counts from node --test's TAP summary (`# pass N`, `# fail N`, `# skipped N`, `# todo N`). */
export function tapCounts(/** @type {string} */ output, /** @type {number} */ exitCode) {
  const read = (/** @type {string} */ key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  const counts = { passed: read('pass'), failed: read('fail'), skipped: read('skipped') + read('todo') };
  if (exitCode !== 0 && counts.failed === 0)
    return { ...counts, failed: 1, note: `exit ${exitCode} with no failed test` };
  return counts;
}

/** @param {Counts[]} all */
export function total(all) {
  return all.reduce(
    (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
    {
      passed: 0,
      failed: 0,
      skipped: 0,
    },
  );
}

/** `N passed, N failed`, with `, N skipped` only when some were. */
export function summaryLine(/** @type {Counts} */ counts) {
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
}
