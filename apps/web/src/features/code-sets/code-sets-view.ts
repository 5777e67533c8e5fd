import type { CodeLookupResult, CodeLookupSystem, CodeSetDto, CodeSetSystem, ErrorDetail } from '@recode/contracts';

export type Tone = 'positive' | 'neutral' | 'warning' | 'negative';

export const SYSTEM_LABELS: Readonly<Record<CodeSetSystem, string>> = {
  ICD10CM: 'ICD-10-CM',
  ICD10PCS: 'ICD-10-PCS',
  HCPCS: 'HCPCS Level II',
  HCPCS_MODIFIER: 'HCPCS modifiers',
  CPT: 'CPT (customer file)',
  POA_EXEMPT: 'POA-exempt codes',
  MSDRG: 'MS-DRG weights',
};

export const LOOKUP_SYSTEMS: readonly { value: CodeLookupSystem; label: string }[] = [
  { value: 'ICD10CM', label: 'ICD-10-CM (diagnosis)' },
  { value: 'ICD10PCS', label: 'ICD-10-PCS (inpatient procedure)' },
  { value: 'CPT', label: 'CPT' },
  { value: 'HCPCS', label: 'HCPCS Level II' },
  { value: 'HCPCS_MODIFIER', label: 'Modifier' },
];

/** "FY2026" for fiscal-year lists, else the version the file was loaded as ("2025q4", "customer-2026"). */
export function codeSetYear(set: Pick<CodeSetDto, 'fiscalYear' | 'version'>): string {
  return set.fiscalYear === null ? set.version : `FY${set.fiscalYear}`;
}

/** The checksum is a sha256; its first 12 hex digits tell two files apart on screen. */
export function shortChecksum(checksum: string): string {
  return checksum.length > 12 ? `${checksum.slice(0, 12)}…` : checksum;
}

/** CPT sets in force on a day (a customer may load next year's file ahead of time). */
export function cptInForce(sets: readonly CodeSetDto[], today: string): CodeSetDto[] {
  return sets.filter((s) => s.system === 'CPT' && s.effectiveFrom <= today && today <= s.effectiveTo);
}

export interface UploadProblem {
  /** "Row 12, field code" — where in the file, when the server said. */
  where: string | null;
  message: string;
}

/**
 * The server names file problems as details with path "file:row:field" (see CodeSetFileError);
 * those become "Row 12, field code". Details about form fields (body.version…) are left to the form.
 */
export function uploadProblems(details: readonly ErrorDetail[], fileName: string): UploadProblem[] {
  return details.flatMap((detail) => {
    const path = detail.path ?? '';
    if (path.startsWith('body.')) return [];
    if (!path.startsWith(`${fileName}:`)) return [{ where: null, message: detail.message }];
    const [row = '', field = ''] = path.slice(fileName.length + 1).split(':');
    const where = [row ? `Row ${row}` : null, field ? `field ${field}` : null].filter(Boolean).join(', ');
    return [{ where: where || null, message: detail.message }];
  });
}

export interface LookupView {
  tone: Tone;
  badge: string;
  title: string;
  /** Which list answered: the year's set, or why none could. */
  source: string | null;
  notes: string[];
}

/** "FY2026", "FY2026 (2026-april)" when the version says more than the year, or the version alone. */
function setName(fiscalYear: number | null, version: string): string {
  if (fiscalYear === null) return version;
  return version === `FY${fiscalYear}` || version === String(fiscalYear)
    ? `FY${fiscalYear}`
    : `FY${fiscalYear} (${version})`;
}

/** What the lookup box shows for each kind of answer. */
export function lookupView(result: CodeLookupResult): LookupView {
  const label = SYSTEM_LABELS[result.system];
  switch (result.status) {
    case 'found':
      return {
        tone: result.billable ? 'positive' : 'warning',
        badge: result.billable ? 'Billable' : 'Not billable (header)',
        title: `${result.code} — ${result.longDescription || result.shortDescription}`,
        source: `${label} ${setName(result.fiscalYear, result.codeSetVersion)}`,
        notes: result.warnings,
      };
    case 'not_found':
      return {
        tone: 'negative',
        badge: 'Not in this year’s set',
        title: result.message,
        source: `${label} ${setName(result.fiscalYear, result.codeSetVersion)}`,
        notes: result.warnings,
      };
    case 'no_code_set':
      return { tone: 'warning', badge: 'No code set for this date', title: result.message, source: null, notes: [] };
    case 'invalid_format':
      return { tone: 'negative', badge: 'Malformed code', title: result.message, source: null, notes: [] };
    case 'format_only':
      return {
        tone: 'neutral',
        badge: `Format valid (Category ${result.category})`,
        title: result.message,
        source: null,
        notes: [],
      };
  }
}
