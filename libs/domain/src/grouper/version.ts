/**
 * MS-DRG versions by discharge date. Version NN.0 starts on October 1 of fiscal year NN + 1983 (v42.0 =
 * FY2025 from 2024-10-01); NN.1 is the April update (v42.1 from 2025-04-01 to 2025-09-30). Versions are
 * written as the table files name them ('420', '421'), so a new year's tables need no code change.
 */
export interface GrouperVersionPeriod {
  readonly version: string;
  readonly fiscalYear: number;
  /** ISO dates, inclusive. */
  readonly from: string;
  readonly to: string;
}

export function grouperVersionPeriod(version: string): GrouperVersionPeriod | null {
  const m = /^(\d{2})(\d)$/.exec(version);
  if (!m) return null;
  const fiscalYear = Number(m[1]) + 1983;
  if (m[2] === '0') return { version, fiscalYear, from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-03-31` };
  if (m[2] === '1') return { version, fiscalYear, from: `${fiscalYear}-04-01`, to: `${fiscalYear}-09-30` };
  return null;
}

/** 'v42.0' for '420'. */
export function grouperVersionLabel(version: string): string {
  return /^\d{3}$/.test(version) ? `v${version.slice(0, 2)}.${version.slice(2)}` : version;
}

export type GrouperVersionChoice =
  | { readonly ok: true; readonly version: string; readonly fiscalYear: number }
  | { readonly ok: false; readonly fiscalYear: number | null; readonly message: string };

/** The version for a discharge date among the versions whose tables are present; never another year's. */
export function grouperVersionFor(dischargeDate: string, available: readonly string[]): GrouperVersionChoice {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dischargeDate)) {
    return { ok: false, fiscalYear: null, message: `discharge date "${dischargeDate}" is not a YYYY-MM-DD date` };
  }
  const year = Number(dischargeDate.slice(0, 4));
  const fiscalYear = Number(dischargeDate.slice(5, 7)) >= 10 ? year + 1 : year;
  for (const version of available) {
    const period = grouperVersionPeriod(version);
    if (period && period.from <= dischargeDate && dischargeDate <= period.to)
      return { ok: true, version, fiscalYear: period.fiscalYear };
  }
  return {
    ok: false,
    fiscalYear,
    message: `no grouper for this year (FY${fiscalYear}): no MS-DRG tables cover a discharge on ${dischargeDate}`,
  };
}
