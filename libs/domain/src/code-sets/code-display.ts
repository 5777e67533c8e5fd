import type { CodeSystem } from './code-system';

/**
 * A code as a person reads it. Codes are stored and exported as CMS ships them (no dot: "A419");
 * ICD-10-CM is read with its decimal point after the category ("A41.9", "I48.91"). ICD-10-PCS, CPT,
 * HCPCS and MS-DRG have no decimal point. A code that already has a dot, or is too short to have a
 * subcategory, is returned as it is.
 */
export function displayCode(system: CodeSystem | 'MSDRG' | string, code: string | null | undefined): string {
  if (!code) return '';
  if (system !== 'ICD10CM' || code.includes('.') || code.length <= 3) return code;
  return `${code.slice(0, 3)}.${code.slice(3)}`;
}

/** "A41.9 → A41.51", "added A41.9", "removed A41.9": a change between two codes as a person reads it. */
export function displayCodeChange(
  system: CodeSystem | 'MSDRG' | string,
  before: string | null,
  after: string | null,
): string {
  if (before && after) return `${displayCode(system, before)} → ${displayCode(system, after)}`;
  return displayCode(system, after ?? before);
}
