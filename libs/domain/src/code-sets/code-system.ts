export type CodeSystem = 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';

export const CODE_SYSTEMS: readonly CodeSystem[] = ['ICD10CM', 'ICD10PCS', 'CPT', 'HCPCS'];

/** How coders write the system's name in messages. */
export const CODE_SYSTEM_LABELS: Readonly<Record<CodeSystem, string>> = {
  ICD10CM: 'ICD-10-CM',
  ICD10PCS: 'ICD-10-PCS',
  CPT: 'CPT',
  HCPCS: 'HCPCS Level II',
};

/** Codes are stored as CMS ships them: upper case, no dot ("e11.9 " → "E119"). */
export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase().replace(/[.\s]/g, '');
}

export interface CodeFormatFailure {
  readonly ok: false;
  /** The normalised code that was checked. */
  readonly code: string;
  readonly reason: string;
}

export type CodeFormatResult = { readonly ok: true; readonly code: string } | CodeFormatFailure;
