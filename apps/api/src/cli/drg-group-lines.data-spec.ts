import { parseConfig } from '../config/env';
import { GrouperTablesCache } from '../grouper/grouper-tables.cache';
import { groupLines } from './drg-group-lines';

const cache = new GrouperTablesCache(parseConfig({ DATA_DIR: process.env.DATA_DIR }).DATA_DIR);

function run(lines: string[]): { out: string[]; err: string[]; bad: number } {
  const out: string[] = [];
  const err: string[] = [];
  const bad = groupLines(lines, cache, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { out, err, bad };
}

describe('drg group (CLI lines)', () => {
  it('answers a header with the full header and each claim with its input and the grouper output', () => {
    const result = run([
      '#version\tage\tsex\tdischarge_status\tpdx\tsdx\tprocedures',
      '431\t65\tF\t1\tJ189\tE1100\t',
      '431\t65\tF\t1\tI2510\t\t02100Z9',
    ]);
    expect(result.out).toEqual([
      '#version\tage\tsex\tdischarge_status\tpdx\tsdx\tprocedures\tinitial_drg\tfinal_drg\tfinal_mdc\treturn_code\tmed_surg\tseverity\tsdx_severity_usage',
      '431\t65\tF\t1\tJ189\tE1100\t\t193\t193\t4\tOK\tMEDICAL\tMCC\tE1100:MCC',
      '431\t65\tF\t1\tI2510\t\t02100Z9\t236\t236\t5\tOK\tSURGICAL\tNON_CC\t',
    ]);
    expect(result.bad).toBe(0);
  });

  it('reports bad lines by number and still groups the others', () => {
    const result = run([
      '431\t65\tF\t1\tJ189\tE1100',
      'nonsense',
      '400\t65\tF\t1\tJ189\t\t',
      '431\tsixty\tF\t1\tJ189\t\t',
    ]);
    expect(result.bad).toBe(3);
    expect(result.err).toEqual([
      'line 2: expected at least 5 tab-separated columns (version age sex discharge_status pdx sdx procedures), found 1',
      expect.stringMatching(/^line 3: no grouper tables for version 400 \(present: 420, 421, 430, 431/),
      'line 4: age "sixty" is not a whole number',
    ]);
    expect(result.out).toEqual(['431\t65\tF\t1\tJ189\tE1100\t\t193\t193\t4\tOK\tMEDICAL\tMCC\tE1100:MCC']);
  });

  it('prints grouper refusals as results, not as bad lines', () => {
    const result = run(['420\t25\tF\t1\tV851XXA\tJ8481\t01B94ZZ']);
    expect(result.out).toEqual([
      '420\t25\tF\t1\tV851XXA\tJ8481\t01B94ZZ\t999\t999\t0\tDX_CANNOT_BE_PDX\tNONE\tNONE\tJ8481:NEITHER',
    ]);
    expect(result.bad).toBe(0);
  });
});
