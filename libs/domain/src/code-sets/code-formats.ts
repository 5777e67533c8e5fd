import {
  CODE_SYSTEMS,
  CODE_SYSTEM_LABELS,
  type CodeFormatFailure,
  type CodeFormatResult,
  type CodeSystem,
  normalizeCode,
} from './code-system';

export type CptCategory = 'I' | 'II' | 'III' | 'PLA';

export type CptFormatResult =
  { readonly ok: true; readonly code: string; readonly category: CptCategory } | CodeFormatFailure;

const CPT_SUFFIX_CATEGORY: Readonly<Record<string, CptCategory>> = { F: 'II', T: 'III', U: 'PLA' };

// The second character is not always a digit: FY2026 added QA00–QA0x (genetic neurodevelopmental
// disorders), so only "letter first, 3–7 letters/digits" is a safe format rule. The year's list decides the rest.
const ICD10CM_PATTERN = /^[A-Z][0-9A-Z]{2,6}$/;
const ICD10PCS_PATTERN = /^[0-9A-HJ-NP-Z]{7}$/;
// A–V is the range CMS reserves for Level II. F, I, N and O have no codes today and D (dental, CDT) is
// not in the CMS file: those pass this format check and fail the lookup in the quarter's file.
const HCPCS_PATTERN = /^[A-V][0-9]{4}$/;
const MODIFIER_PATTERN = /^[0-9A-Z]{2}$/;

const ICD10CM_RULE = 'ICD-10-CM codes are 3 to 7 characters: a letter, then letters or digits (e.g. E119)';
const ICD10PCS_RULE = 'ICD-10-PCS codes are exactly 7 characters of 0-9 and A-Z except I and O';
const CPT_RULE = 'CPT codes are 5 digits, or 4 digits followed by F (Category II), T (Category III) or U (PLA)';
const HCPCS_RULE = 'HCPCS Level II codes are a letter A-V followed by 4 digits (e.g. J1100)';
const MODIFIER_RULE = 'modifiers are 2 letters or digits (e.g. 25, LT)';

function fail(code: string, rule: string, detail: string): CodeFormatFailure {
  return { ok: false, code, reason: `${rule}; ${detail}` };
}

function quoted(code: string): string {
  return `"${code}"`;
}

/** Points at the first thing a coder would fix: emptiness, length, then the first wrong character. */
function describeMismatch(
  code: string,
  lengths: readonly [number, number],
  allowedAt: (index: number) => RegExp,
): string {
  if (code.length === 0) return 'no code was given';
  const [min, max] = lengths;
  if (code.length < min || code.length > max) return `${quoted(code)} has ${code.length}`;
  for (let i = 0; i < code.length; i += 1) {
    const char = code.charAt(i);
    if (!allowedAt(i).test(char)) return `${quoted(code)} has "${char}" at position ${i + 1}`;
  }
  return `${quoted(code)} does not match`;
}

const LETTER = /[A-Z]/;
const DIGIT = /[0-9]/;
const ALNUM = /[0-9A-Z]/;

export function checkIcd10CmFormat(raw: string): CodeFormatResult {
  const code = normalizeCode(raw);
  if (ICD10CM_PATTERN.test(code)) return { ok: true, code };
  return fail(
    code,
    ICD10CM_RULE,
    describeMismatch(code, [3, 7], (i) => (i === 0 ? LETTER : ALNUM)),
  );
}

export function checkIcd10PcsFormat(raw: string): CodeFormatResult {
  const code = normalizeCode(raw);
  if (ICD10PCS_PATTERN.test(code)) return { ok: true, code };
  return fail(
    code,
    ICD10PCS_RULE,
    describeMismatch(code, [7, 7], () => /[0-9A-HJ-NP-Z]/),
  );
}

export function checkCptFormat(raw: string): CptFormatResult {
  const code = normalizeCode(raw);
  if (/^[0-9]{5}$/.test(code)) return { ok: true, code, category: 'I' };
  const category = /^[0-9]{4}[FTU]$/.test(code) ? CPT_SUFFIX_CATEGORY[code.charAt(4)] : undefined;
  if (category) return { ok: true, code, category };
  return fail(
    code,
    CPT_RULE,
    describeMismatch(code, [5, 5], (i) => (i < 4 ? DIGIT : /[0-9FTU]/)),
  );
}

export function checkHcpcsFormat(raw: string): CodeFormatResult {
  const code = normalizeCode(raw);
  if (HCPCS_PATTERN.test(code)) return { ok: true, code };
  return fail(
    code,
    HCPCS_RULE,
    describeMismatch(code, [5, 5], (i) => (i === 0 ? /[A-V]/ : DIGIT)),
  );
}

export function checkModifierFormat(raw: string): CodeFormatResult {
  const code = normalizeCode(raw);
  if (MODIFIER_PATTERN.test(code)) return { ok: true, code };
  return fail(
    code,
    MODIFIER_RULE,
    describeMismatch(code, [2, 2], () => ALNUM),
  );
}

export function checkCodeFormat(system: CodeSystem, raw: string): CodeFormatResult | CptFormatResult {
  switch (system) {
    case 'ICD10CM':
      return checkIcd10CmFormat(raw);
    case 'ICD10PCS':
      return checkIcd10PcsFormat(raw);
    case 'CPT':
      return checkCptFormat(raw);
    case 'HCPCS':
      return checkHcpcsFormat(raw);
  }
}

export type CodeRole = 'diagnosis' | 'procedure';

export type SystemDetection =
  | { readonly kind: 'detected'; readonly code: string; readonly system: CodeSystem }
  | {
      readonly kind: 'ambiguous';
      readonly code: string;
      readonly candidates: readonly CodeSystem[];
      readonly reason: string;
    }
  | { readonly kind: 'unknown'; readonly code: string; readonly reason: string };

const ROLE_SYSTEMS: Readonly<Record<CodeRole, readonly CodeSystem[]>> = {
  diagnosis: ['ICD10CM'],
  procedure: ['ICD10PCS', 'CPT', 'HCPCS'],
};

// Detection only: every PCS code so far starts with one of these sections, so "S72001A" is not taken for
// a procedure. The PCS format check stays with the published 7-character rule.
const PCS_SECTIONS = /^[0-9BCDFGHX]/;

/**
 * Guesses the system of a bare code from its format alone. Without a hint, "J4520" (ICD-10-CM or
 * HCPCS) and "B00B0ZZ" (ICD-10-CM or ICD-10-PCS) are ambiguous; a column's role or its possible
 * systems (e.g. ['CPT', 'HCPCS'] for a claim's hcpcs_code) settles it.
 */
export function detectSystem(raw: string, hint?: CodeRole | readonly CodeSystem[]): SystemDetection {
  const code = normalizeCode(raw);
  const systems = hint === undefined ? CODE_SYSTEMS : typeof hint === 'string' ? ROLE_SYSTEMS[hint] : hint;
  const candidates = systems.filter(
    (system) => checkCodeFormat(system, code).ok && (system !== 'ICD10PCS' || PCS_SECTIONS.test(code)),
  );
  const names = (list: readonly CodeSystem[]): string => list.map((system) => CODE_SYSTEM_LABELS[system]).join(' or ');
  const [only] = candidates;
  if (only !== undefined && candidates.length === 1) return { kind: 'detected', code, system: only };
  if (candidates.length > 1) {
    const reason = `${quoted(code)} could be ${names(candidates)}; say whether it is a diagnosis or a procedure`;
    return { kind: 'ambiguous', code, candidates, reason };
  }
  const reason = code.length === 0 ? 'no code was given' : `${quoted(code)} is not a valid ${names(systems)} code`;
  return { kind: 'unknown', code, reason };
}
