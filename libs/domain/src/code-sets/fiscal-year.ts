import { requireIsoDate } from './iso-date';

/** ICD-10 and MS-DRG years run 1 October – 30 September and are named after the year they end in. */
export function fiscalYearOf(date: string): number {
  const { year, month } = requireIsoDate(date);
  return month >= 10 ? year + 1 : year;
}

export interface FiscalYearRange {
  readonly start: string;
  readonly end: string;
}

export function fiscalYearRange(fiscalYear: number): FiscalYearRange {
  return { start: `${fiscalYear - 1}-10-01`, end: `${fiscalYear}-09-30` };
}

export type CodeSetYearResult =
  | { readonly ok: true; readonly fiscalYear: number }
  | {
      readonly ok: false;
      readonly code: 'NO_CODE_SET_FOR_YEAR';
      readonly fiscalYear: number;
      readonly availableYears: readonly number[];
      readonly reason: string;
    };

/**
 * The code-set year to validate an encounter against. There is deliberately no fallback to the
 * nearest loaded year: a code valid in FY2025 may be invalid in FY2024, so guessing would hide errors.
 * April 1 updates are not modelled: one list per fiscal year.
 */
export function codeSetYearFor(date: string, availableYears: readonly number[]): CodeSetYearResult {
  const fiscalYear = fiscalYearOf(date);
  if (availableYears.includes(fiscalYear)) return { ok: true, fiscalYear };
  const { start, end } = fiscalYearRange(fiscalYear);
  const loaded = [...availableYears].sort((a, b) => a - b);
  const loadedText =
    loaded.length === 0 ? 'no code-set years are loaded' : `loaded: ${loaded.map((year) => `FY${year}`).join(', ')}`;
  return {
    ok: false,
    code: 'NO_CODE_SET_FOR_YEAR',
    fiscalYear,
    availableYears: loaded,
    reason: `no code set loaded for FY${fiscalYear} (dates ${start}..${end}); ${loadedText}`,
  };
}

export type HcpcsQuarter = `${number}Q${1 | 2 | 3 | 4}`;

/** HCPCS Level II is updated each calendar quarter (January, April, July, October files). */
export function hcpcsQuarterOf(date: string): HcpcsQuarter {
  const { year, month } = requireIsoDate(date);
  const quarter = Math.ceil(month / 3) as 1 | 2 | 3 | 4;
  return `${year}Q${quarter}`;
}
