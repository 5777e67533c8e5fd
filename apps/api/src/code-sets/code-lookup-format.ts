import type { CodeLookupSystem } from '@recode/contracts';
import {
  checkCodeFormat,
  checkIcd10PcsFormat,
  checkModifierFormat,
  normalizeCode,
  type CptCategory,
} from '@recode/domain';

export type LookupFormat =
  { ok: true; code: string; category?: CptCategory } | { ok: false; code: string; reason: string };

// PCS tables ("0SR") are headers in the order file; a person may look one up to see its title.
const PCS_HEADER = /^[0-9A-HJ-NP-Z]{3,6}$/;

/** The format check for a code a person typed, before any list is read. */
export function checkLookupFormat(system: CodeLookupSystem, raw: string): LookupFormat {
  if (system === 'HCPCS_MODIFIER') return checkModifierFormat(raw);
  if (system === 'ICD10PCS') {
    const code = normalizeCode(raw);
    return PCS_HEADER.test(code) ? { ok: true, code } : checkIcd10PcsFormat(raw);
  }
  return checkCodeFormat(system, raw);
}
