import type { CodeSetIssueSeverity, EncounterSetting } from './encounter-setting';

/** 'EXEMPT' stands for the explicit exempt markers: '1' (837I) and '0' (CMS CCLF extracts). */
export type PoaIndicator = 'Y' | 'N' | 'U' | 'W' | 'EXEMPT';

export type PoaNormalization =
  | { readonly ok: true; readonly value: PoaIndicator | null }
  | { readonly ok: false; readonly raw: string; readonly reason: string };

const REPORTED = new Set(['Y', 'N', 'U', 'W']);
const EXEMPT_MARKERS = new Set(['1', '0']);

/**
 * Blank becomes null, not 'EXEMPT': a blank is how exempt codes are reported, but it is also what a
 * missing indicator looks like, and only the code's place on the exempt list can tell them apart.
 */
export function normalizePoa(raw: string | null | undefined): PoaNormalization {
  const value = (raw ?? '').trim().toUpperCase();
  if (value === '') return { ok: true, value: null };
  if (REPORTED.has(value)) return { ok: true, value: value as PoaIndicator };
  if (EXEMPT_MARKERS.has(value)) return { ok: true, value: 'EXEMPT' };
  return {
    ok: false,
    raw: value,
    reason: `"${value}" is not a POA indicator; use Y, N, U or W, or leave blank (or 1) for an exempt code`,
  };
}

export type PoaIssueCode =
  'POA_INVALID' | 'POA_MISSING' | 'POA_EXEMPT_MARKER_ON_REPORTABLE_CODE' | 'POA_REPORTED_ON_EXEMPT_CODE';

export interface PoaIssue {
  readonly code: PoaIssueCode;
  readonly severity: CodeSetIssueSeverity;
  readonly message: string;
}

export interface PoaCheck {
  readonly value: PoaIndicator | null;
  readonly issues: readonly PoaIssue[];
}

export interface PoaContext {
  /** Whether the diagnosis is on the CDC POA-exempt list of the encounter's fiscal year. */
  readonly isExemptCode: boolean;
  readonly setting: EncounterSetting;
}

/**
 * POA applies to inpatient diagnoses only. A Y/N/U/W on an exempt code is a warning, not an error:
 * CMS asks for blank/1 there, but the value carries no wrong information and payment is unaffected.
 */
export function checkPoa(indicator: string | null | undefined, { isExemptCode, setting }: PoaContext): PoaCheck {
  const normalized = normalizePoa(indicator);
  if (!normalized.ok)
    return { value: null, issues: [{ code: 'POA_INVALID', severity: 'error', message: normalized.reason }] };
  const { value } = normalized;
  if (setting !== 'inpatient') return { value, issues: [] };
  if (isExemptCode) {
    if (value === null || value === 'EXEMPT') return { value, issues: [] };
    const message = `this diagnosis is exempt from POA reporting; report it blank (or 1), not "${value}"`;
    return { value, issues: [{ code: 'POA_REPORTED_ON_EXEMPT_CODE', severity: 'warning', message }] };
  }
  if (value === null) {
    return {
      value,
      issues: [
        { code: 'POA_MISSING', severity: 'error', message: 'inpatient diagnoses need a POA indicator (Y, N, U or W)' },
      ],
    };
  }
  if (value === 'EXEMPT') {
    const message = 'this diagnosis is not on the POA-exempt list; it needs Y, N, U or W instead of an exempt marker';
    return { value, issues: [{ code: 'POA_EXEMPT_MARKER_ON_REPORTABLE_CODE', severity: 'error', message }] };
  }
  return { value, issues: [] };
}
