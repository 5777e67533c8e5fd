import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCounts, jestCounts, summaryLine, tapCounts, total } from './results.mjs';

test('a Jest report counts passed, failed, pending and todo tests', () => {
  const report = {
    numPassedTests: 7,
    numFailedTests: 2,
    numPendingTests: 1,
    numTodoTests: 1,
    numRuntimeErrorTestSuites: 0,
  };
  assert.deepEqual(jestCounts(report, 1), { passed: 7, failed: 2, skipped: 2 });
});

test('a suite that could not run counts as a failure', () => {
  const report = { numPassedTests: 3, numFailedTests: 0, numRuntimeErrorTestSuites: 1 };
  assert.equal(jestCounts(report, 1).failed, 1);
});

test('Jest exiting non-zero with nothing failed (global setup broke) counts one failure', () => {
  assert.equal(jestCounts({ numPassedTests: 5, numFailedTests: 0 }, 1).failed, 1);
  assert.equal(jestCounts(undefined, 1).failed, 1);
});

test('a check passes or fails as one', () => {
  assert.deepEqual(checkCounts(0), { passed: 1, failed: 0, skipped: 0 });
  assert.deepEqual(checkCounts(2), { passed: 0, failed: 1, skipped: 0 });
});

test('TAP summaries are read', () => {
  assert.deepEqual(tapCounts('ok 1\n# tests 4\n# pass 3\n# fail 1\n# skipped 0\n# todo 1\n', 1), {
    passed: 3,
    failed: 1,
    skipped: 1,
  });
});

test('the closing line mentions skipped tests only when there are some', () => {
  assert.equal(summaryLine(total([{ passed: 2, failed: 0, skipped: 0 }, checkCounts(1)])), '2 passed, 1 failed');
  assert.equal(summaryLine({ passed: 2, failed: 0, skipped: 3 }), '2 passed, 0 failed, 3 skipped');
});
