import type { AuditLineSystem, CodeSearchQuery } from '@recode/contracts';

export type PickerKeyResult =
  { kind: 'move'; index: number } | { kind: 'select'; index: number } | { kind: 'close' } | { kind: 'none' };

/** Arrow keys move through the results (wrapping), Enter picks the active one, Escape closes. */
export function pickerKey(key: string, active: number, count: number): PickerKeyResult {
  if (key === 'Escape') return { kind: 'close' };
  if (count === 0) return { kind: 'none' };
  if (key === 'ArrowDown') return { kind: 'move', index: active < 0 ? 0 : (active + 1) % count };
  if (key === 'ArrowUp') return { kind: 'move', index: active <= 0 ? count - 1 : active - 1 };
  if (key === 'Home') return { kind: 'move', index: 0 };
  if (key === 'End') return { kind: 'move', index: count - 1 };
  if (key === 'Enter') return active >= 0 && active < count ? { kind: 'select', index: active } : { kind: 'none' };
  return { kind: 'none' };
}

/**
 * The search for a system in the encounter's code-set year: ICD-10 by fiscal year, HCPCS and CPT by the
 * encounter date (HCPCS changes quarterly). Null while there is nothing to search for.
 */
export function codeSearchQuery(
  system: AuditLineSystem,
  encounter: { fiscalYear: number; encounterDate: string },
  text: string,
): CodeSearchQuery | null {
  const q = text.trim();
  if (!q) return null;
  const when =
    system === 'ICD10CM' || system === 'ICD10PCS'
      ? { fiscalYear: encounter.fiscalYear }
      : { date: encounter.encounterDate.slice(0, 10) };
  return { system, q, limit: 20, offset: 0, ...when };
}
