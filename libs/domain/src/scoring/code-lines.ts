import type { AuditCodeLine } from './types';

/** Codes are stored without the dot; accept "E11.9" or " e119 " from an import and compare them as "E119". */
export function normalizeCode(code: string): string {
  return code.replace(/[.\s]/g, '').toUpperCase();
}

export function codeKey(line: Pick<AuditCodeLine, 'system' | 'code'>): string {
  return `${line.system}|${normalizeCode(line.code)}`;
}

/** Codes reviewed = the size of the union of both final code sets by (system, code); a code on both sides counts once. */
export function countCodesReviewed(
  coderCodes: readonly Pick<AuditCodeLine, 'system' | 'code'>[],
  auditorCodes: readonly Pick<AuditCodeLine, 'system' | 'code'>[],
): number {
  return new Set([...coderCodes, ...auditorCodes].map(codeKey)).size;
}

/**
 * Of the codes reviewed, those on the principal / first-listed line of either side: an error on one of
 * them weighs the principal weight, so each also counts that weight in code accuracy's denominator.
 */
export function countPrincipalCodes(
  coderCodes: readonly Pick<AuditCodeLine, 'system' | 'code' | 'principal'>[],
  auditorCodes: readonly Pick<AuditCodeLine, 'system' | 'code' | 'principal'>[],
): number {
  return new Set([...coderCodes, ...auditorCodes].filter((line) => line.principal).map(codeKey)).size;
}

/** Blank, '1' (UB-04 exempt) and '0' (CCLF exempt) all mean "exempt from POA reporting": compare them as ''. */
export function normalizePoa(poa: string | null | undefined): string {
  const value = (poa ?? '').trim().toUpperCase();
  return value === '1' || value === '0' ? '' : value;
}

/** Modifiers compared as a set: their order on the claim line is a billing convention, not a coding error. */
export function normalizeModifiers(modifiers: readonly string[] | undefined): string[] {
  return [...new Set((modifiers ?? []).map((m) => m.trim().toUpperCase()).filter((m) => m !== ''))].sort();
}

export const SYSTEM_ORDER: Record<AuditCodeLine['system'], number> = { ICD10CM: 0, ICD10PCS: 1, CPT: 2, HCPCS: 3 };

/** Stable line order (system, sequence, code) so shuffled input yields the same findings in the same order. */
export function compareLines(a: AuditCodeLine, b: AuditCodeLine): number {
  return (
    SYSTEM_ORDER[a.system] - SYSTEM_ORDER[b.system] ||
    a.sequence - b.sequence ||
    compareText(normalizeCode(a.code), normalizeCode(b.code))
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
