export type MsDrgFormatResult =
  { readonly ok: true; readonly drg: string } | { readonly ok: false; readonly drg: string; readonly reason: string };

/** MS-DRGs are stored as 3-digit zero-padded text ('1' → '001'), as the reference tables hold them. */
export function checkMsDrgFormat(raw: string): MsDrgFormatResult {
  const trimmed = raw.trim();
  if (!/^[0-9]{1,3}$/.test(trimmed)) {
    const detail = trimmed.length === 0 ? 'no DRG was given' : `"${trimmed}" is not`;
    return { ok: false, drg: trimmed, reason: `MS-DRGs are 3 digits from 001 to 999; ${detail}` };
  }
  const drg = trimmed.padStart(3, '0');
  if (drg === '000') return { ok: false, drg, reason: 'MS-DRGs are 3 digits from 001 to 999; "000" is not a DRG' };
  return { ok: true, drg };
}

export type MsDrgVersion = `v${number}`;

/** MS-DRGs replaced CMS-DRGs on 2007-10-01 with version 25 (FY2008). */
export const FIRST_MS_DRG_FISCAL_YEAR = 2008;

/**
 * The October grouper version of a fiscal year: v25 for FY2008 and one more each year since
 * (v35 FY2018, v36 FY2019, v42 FY2025, v43 FY2026, as the reference files confirm), so FY − 1983.
 * Mid-year releases such as v42.1 (April) are not distinguished: the reference tables are per October version.
 */
export function msDrgVersionFor(fiscalYear: number): MsDrgVersion {
  if (!Number.isInteger(fiscalYear) || fiscalYear < FIRST_MS_DRG_FISCAL_YEAR) {
    throw new RangeError(
      `there is no MS-DRG version for FY${fiscalYear}; MS-DRGs start in FY${FIRST_MS_DRG_FISCAL_YEAR}`,
    );
  }
  return `v${fiscalYear - 1983}`;
}
