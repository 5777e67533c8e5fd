import type { GrouperInput } from './types';

/** The grouper's demographic inputs as an import file or a stored encounter writes them. */
export interface EncounterGrouperFields {
  readonly age?: string | number | null;
  /** Used when no age is given: age in whole years at admission (or at discharge without an admission date). */
  readonly birthDate?: string | null;
  readonly admissionDate?: string | null;
  readonly dischargeDate?: string | null;
  /** M/F, male/female or 1/2; anything else is an unknown sex. */
  readonly sex?: string | null;
  /** UB-04 patient status ('01', '1', 20); Tuva's discharge_disposition_code. */
  readonly dischargeStatus?: string | number | null;
}

export interface EncounterGrouperCode {
  readonly system: string;
  readonly code: string;
  readonly principal: boolean;
  readonly poa?: string | null;
}

export interface EncounterGrouperInput {
  readonly input: GrouperInput;
  /** Inputs that were not given (the grouper result then says it cannot group, rather than guess). */
  readonly missing: string[];
  /** Inputs given but unusable, with why. */
  readonly problems: string[];
}

const blank = (v: string | number | null | undefined): boolean =>
  v === null || v === undefined || String(v).trim() === '';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function wholeYears(birth: string, at: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

function age(f: EncounterGrouperFields, problems: string[]): number | null {
  if (!blank(f.age)) {
    const text = String(f.age).trim();
    if (/^\d{1,3}$/.test(text)) return Number(text);
    problems.push(`age "${text}" is not a whole number of years`);
    return null;
  }
  if (blank(f.birthDate)) return null;
  const at = !blank(f.admissionDate) ? f.admissionDate : f.dischargeDate;
  if (!ISO.test(String(f.birthDate)) || blank(at) || !ISO.test(String(at))) {
    problems.push(`age cannot be computed from birth date "${f.birthDate}" and admission date "${at ?? ''}"`);
    return null;
  }
  const years = wholeYears(String(f.birthDate), String(at));
  if (years < 0) problems.push(`birth date ${f.birthDate} is after the admission (${at})`);
  return years;
}

function sex(raw: string | null | undefined): string | null {
  if (blank(raw)) return null;
  const s = String(raw).trim().toUpperCase();
  if (s === 'M' || s === 'MALE' || s === '1') return 'M';
  if (s === 'F' || s === 'FEMALE' || s === '2') return 'F';
  return 'U';
}

/** Builds the grouper's input from an encounter's fields and codes; the principal is the flagged ICD-10-CM code, else the first. */
export function grouperInputFromEncounter(
  fields: EncounterGrouperFields,
  codes: readonly EncounterGrouperCode[],
): EncounterGrouperInput {
  const problems: string[] = [];
  const missing: string[] = [];
  const dx = codes.filter((c) => c.system === 'ICD10CM');
  const principal = dx.find((c) => c.principal) ?? dx[0];
  const years = age(fields, problems);
  let status: number | null = null;
  if (!blank(fields.dischargeStatus)) {
    const text = String(fields.dischargeStatus).trim();
    if (/^\d{1,2}$/.test(text)) status = Number(text);
    else problems.push(`discharge status "${text}" is not a UB-04 patient status code`);
  }
  const input: GrouperInput = {
    age: years,
    sex: sex(fields.sex),
    dischargeStatus: status,
    pdx: principal?.code ?? '',
    sdx: dx.filter((c) => c !== principal).map((c) => ({ code: c.code, poa: c.poa ?? null })),
    procedures: codes.filter((c) => c.system === 'ICD10PCS').map((c) => c.code),
  };
  if (blank(fields.age) && blank(fields.birthDate)) missing.push('age');
  if (blank(fields.sex)) missing.push('sex');
  if (blank(fields.dischargeStatus)) missing.push('discharge status');
  if (!principal) missing.push('principal diagnosis');
  return { input, missing, problems };
}
