import type { GrouperInput, GrouperResult } from './types';

/** The input columns of the CMS-grouper oracle files, in order. */
export const ORACLE_INPUT_COLUMNS = ['version', 'age', 'sex', 'discharge_status', 'pdx', 'sdx', 'procedures'] as const;
export const ORACLE_OUTPUT_COLUMNS = [
  'initial_drg',
  'final_drg',
  'final_mdc',
  'return_code',
  'med_surg',
  'severity',
  'sdx_severity_usage',
] as const;

export type OracleLine =
  | { readonly ok: true; readonly version: string; readonly input: GrouperInput }
  | { readonly ok: false; readonly reason: string };

const list = (cell: string): string[] =>
  cell
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');

/** One tab-separated line in the oracle files' input columns (extra columns, such as expected results, are ignored). */
export function parseOracleLine(line: string): OracleLine {
  const cells = line.split('\t');
  if (cells.length < 5)
    return {
      ok: false,
      reason: `expected at least 5 tab-separated columns (${ORACLE_INPUT_COLUMNS.join(' ')}), found ${cells.length}`,
    };
  const [version, age, sex, status, pdx, sdx = '', procedures = ''] = cells.map((c) => c.trim());
  if (!/^\d{3}$/.test(version))
    return { ok: false, reason: `version "${version}" is not a grouper version such as 420` };
  if (age !== '' && !/^\d+$/.test(age)) return { ok: false, reason: `age "${age}" is not a whole number` };
  if (status !== '' && !/^\d+$/.test(status))
    return { ok: false, reason: `discharge_status "${status}" is not a number` };
  if (pdx === '') return { ok: false, reason: 'the principal diagnosis (pdx) is empty' };
  return {
    ok: true,
    version,
    input: {
      age: age === '' ? null : Number(age),
      sex: sex === '' ? null : sex,
      dischargeStatus: status === '' ? null : Number(status),
      pdx,
      sdx: list(sdx).map((code) => ({ code, poa: 'Y' })),
      procedures: list(procedures),
    },
  };
}

/** The output columns for a result, as the oracle files write them. */
export function formatOracleResult(result: GrouperResult): string {
  return [
    result.initialDrg,
    result.finalDrg,
    result.finalMdc,
    result.returnCode,
    result.medSurg,
    result.severity,
    result.secondaries.map((s) => `${s.code}:${s.usage}`).join(' '),
  ].join('\t');
}
