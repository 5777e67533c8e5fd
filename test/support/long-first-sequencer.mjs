// Jest's order for spec files, with the known long ones first. Jest runs the slowest files first when its cache
// holds their last durations, and otherwise the largest files first; a fresh clone (CI) has no cache, and the
// longest integration files (killed workers, restarted servers, fuzzing: 50–120 s each) are not the largest, so one
// could start last and run alone at the end. A spec file says it is long with a line `// test cost: long`.
import { readFileSync } from 'node:fs';
import Sequencer from '@jest/test-sequencer';

const LONG = /^\/\/ test cost: long$/m;

export default class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const long = new Set(sorted.filter((test) => LONG.test(readFileSync(test.path, 'utf8'))));
    return [...sorted.filter((test) => long.has(test)), ...sorted.filter((test) => !long.has(test))];
  }
}
