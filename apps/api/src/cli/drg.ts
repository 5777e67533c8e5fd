import { readFileSync } from 'node:fs';
import { grouperVersionLabel, grouperVersionPeriod } from '@recode/domain';
import { loadConfigOrExit } from '../config/env';
import { GrouperTablesCache } from '../grouper/grouper-tables.cache';
import { groupLines } from './drg-group-lines';

const USAGE = `Usage: npm run --silent drg -- <command>
  group      read claims (tab-separated: version age sex discharge_status pdx sdx procedures; sdx and
             procedures comma-separated; header optional) on stdin and print each with the grouper's
             initial_drg final_drg final_mdc return_code med_surg severity sdx_severity_usage
  versions   list the grouper versions whose tables are in DATA_DIR and the discharge dates they cover`;

/** `npm run drg -- group < claims.tsv`: the MS-DRG grouper on the command line, for checking it against others. */
function main(): void {
  const [command] = process.argv.slice(2);
  const config = loadConfigOrExit();
  const cache = new GrouperTablesCache(config.DATA_DIR);
  if (command === 'group') {
    const lines = readFileSync(0, 'utf8').split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const out: string[] = [];
    const bad = groupLines(lines, cache, { out: (l) => out.push(l), err: (l) => process.stderr.write(`${l}\n`) });
    process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
    if (bad > 0) {
      process.stderr.write(`${bad} line(s) could not be grouped (see above); the others were.\n`);
      process.exitCode = 1;
    }
    return;
  }
  if (command === 'versions') {
    for (const version of cache.availableVersions()) {
      const period = grouperVersionPeriod(version);
      process.stdout.write(
        `${version}\t${grouperVersionLabel(version)}\t${period ? `${period.from} to ${period.to} (FY${period.fiscalYear})` : ''}\n`,
      );
    }
    return;
  }
  process.stderr.write(`${command ? `Unknown command "${command}".\n` : ''}${USAGE}\n`);
  process.exitCode = command === 'help' || command === '--help' ? 0 : 2;
}

main();
