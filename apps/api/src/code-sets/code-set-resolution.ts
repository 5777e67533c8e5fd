import type { CodeSetSystem } from '@recode/contracts';
import { codeSetYearFor, fiscalYearOf, fiscalYearRange, hcpcsQuarterOf } from '@recode/domain';

/** A loaded code set as the lookups see it (dates as YYYY-MM-DD text). */
export interface LoadedCodeSet {
  id: number;
  system: CodeSetSystem;
  version: string;
  fiscalYear: number | null;
  effectiveFrom: string;
  effectiveTo: string;
  rowCount: number;
  checksum: string;
}

export type CodeSetResolution =
  { ok: true; codeSet: LoadedCodeSet; warnings: string[] } | { ok: false; fiscalYear: number | null; message: string };

export const SYSTEM_LABELS: Readonly<Record<CodeSetSystem, string>> = {
  ICD10CM: 'ICD-10-CM',
  ICD10PCS: 'ICD-10-PCS',
  HCPCS: 'HCPCS Level II',
  HCPCS_MODIFIER: 'HCPCS modifier',
  CPT: 'CPT',
  POA_EXEMPT: 'POA-exempt list',
  MSDRG: 'MS-DRG',
};

/** "ICD-10-CM FY2026", "HCPCS Level II 2025Q4", "MS-DRG v43". */
export function codeSetLabel(codeSet: Pick<LoadedCodeSet, 'system' | 'version'>): string {
  return `${SYSTEM_LABELS[codeSet.system]} ${codeSet.version}`;
}

const QUARTERLY: ReadonlySet<CodeSetSystem> = new Set(['HCPCS', 'HCPCS_MODIFIER']);

function latestFirst(a: LoadedCodeSet, b: LoadedCodeSet): number {
  return b.effectiveFrom.localeCompare(a.effectiveFrom);
}

/** Days between a date and a set's validity (0 inside it), for "the nearest loaded quarter". */
function distanceInDays(date: string, codeSet: LoadedCodeSet): number {
  const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  if (date < codeSet.effectiveFrom) return day(codeSet.effectiveFrom) - day(date);
  if (date > codeSet.effectiveTo) return day(date) - day(codeSet.effectiveTo);
  return 0;
}

export function fiscalYearsOf(sets: readonly LoadedCodeSet[], system: CodeSetSystem): number[] {
  const years = sets.filter((s) => s.system === system && s.fiscalYear !== null).map((s) => s.fiscalYear as number);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * The code set that applies on a date of service (an ISO date the caller has validated).
 * - ICD-10, POA and MS-DRG: the set in force on that date; never a neighbouring year (see codeSetYearFor).
 * - HCPCS: quarterly. If that quarter's file is not loaded, the nearest loaded quarter is used with a
 *   warning, because a code-set gap should not stop an import; codes added or deleted in between
 *   are not caught, which the warning says.
 * - CPT: only a customer's uploaded file; without one there is nothing to resolve (format checks only).
 */
export function resolveCodeSet(sets: readonly LoadedCodeSet[], system: CodeSetSystem, date: string): CodeSetResolution {
  const ofSystem = sets.filter((s) => s.system === system).sort(latestFirst);
  const covering = ofSystem.find((s) => s.effectiveFrom <= date && date <= s.effectiveTo);
  if (covering) return { ok: true, codeSet: covering, warnings: [] };
  const label = SYSTEM_LABELS[system];

  if (QUARTERLY.has(system)) {
    const nearest = [...ofSystem].sort((a, b) => distanceInDays(date, a) - distanceInDays(date, b))[0];
    if (!nearest) return { ok: false, fiscalYear: null, message: `no ${label} code set is loaded` };
    const warning =
      `no ${label} file is loaded for ${hcpcsQuarterOf(date)} (the quarter of ${date}); checked against ${nearest.version}, ` +
      'the nearest loaded quarter, so codes added or deleted in between are not caught';
    return { ok: true, codeSet: nearest, warnings: [warning] };
  }
  if (system === 'CPT') {
    return {
      ok: false,
      fiscalYear: null,
      message: `no customer CPT file covers ${date}; only the CPT code format can be checked`,
    };
  }
  const year = codeSetYearFor(date, fiscalYearsOf(sets, system));
  const fiscalYear = fiscalYearOf(date);
  return {
    ok: false,
    fiscalYear,
    message: year.ok ? `no ${label} code set covers ${date}` : `${label}: ${year.reason}`,
  };
}

/** The set of a fiscal year (the code picker can ask by year); for CPT, the latest file overlapping it. */
export function resolveFiscalYear(
  sets: readonly LoadedCodeSet[],
  system: CodeSetSystem,
  fiscalYear: number,
): CodeSetResolution {
  const { start, end } = fiscalYearRange(fiscalYear);
  const ofSystem = sets.filter((s) => s.system === system).sort(latestFirst);
  const match =
    ofSystem.find((s) => s.fiscalYear === fiscalYear) ??
    ofSystem.find((s) => s.fiscalYear === null && s.effectiveFrom <= end && s.effectiveTo >= start);
  if (match) return { ok: true, codeSet: match, warnings: [] };
  const loaded = fiscalYearsOf(sets, system);
  const loadedText = loaded.length ? `loaded: ${loaded.map((y) => `FY${y}`).join(', ')}` : 'none is loaded';
  return {
    ok: false,
    fiscalYear,
    message: `no ${SYSTEM_LABELS[system]} code set is loaded for FY${fiscalYear}; ${loadedText}`,
  };
}
