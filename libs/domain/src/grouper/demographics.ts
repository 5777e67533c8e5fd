import { isGrouperDischargeStatus } from './prepare';

/** The grouper's demographic inputs as an import row writes them (all text, possibly blank). */
export interface RawGrouperDemographics {
  readonly age: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly dischargeStatus: string;
  readonly admissionDate: string | null;
  readonly dischargeDate: string | null;
}

export type DemographicField = 'age' | 'birthDate' | 'sex' | 'dischargeStatus';

export interface DemographicIssue {
  readonly field: DemographicField;
  readonly value: string;
  readonly code:
    | 'AGE_INVALID'
    | 'AGE_OUT_OF_RANGE'
    | 'BIRTH_DATE_INVALID'
    | 'AGE_BIRTH_DATE_DISAGREE'
    | 'SEX_INVALID'
    | 'DISCHARGE_STATUS_UNKNOWN';
  readonly message: string;
}

export interface GrouperDemographics {
  /** Whole years at discharge; out-of-range ages are kept, so the grouper answers INVALID_AGE. */
  readonly age: number | null;
  readonly sex: 'M' | 'F' | 'U' | null;
  /** Two digits ('01', '20'); an unknown code is kept so the grouper can say it is invalid. */
  readonly dischargeStatus: string | null;
  readonly issues: readonly DemographicIssue[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SEXES: Readonly<Record<string, 'M' | 'F' | 'U'>> = {
  M: 'M',
  MALE: 'M',
  '1': 'M',
  F: 'F',
  FEMALE: 'F',
  '2': 'F',
  U: 'U',
  UNKNOWN: 'U',
  '0': 'U',
};

function realDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Whole years from `birth` to `at` (both ISO dates). */
export function ageInYears(birth: string, at: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = at.split('-').map(Number) as [number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

/**
 * Checks the grouper's inputs of one row: the age (or, when only it is given, the birth date, giving the
 * age at discharge), the sex and the UB-04 patient status. Unusable values are reported and not kept;
 * values the grouper itself refuses (age 130, status 99) are reported and kept, so its return code says why.
 */
export function checkGrouperDemographics(raw: RawGrouperDemographics): GrouperDemographics {
  const issues: DemographicIssue[] = [];
  const at = raw.dischargeDate ?? raw.admissionDate;
  let age: number | null = null;
  let fromBirth: number | null = null;
  if (raw.birthDate) {
    if (!realDate(raw.birthDate))
      issues.push({
        field: 'birthDate',
        value: raw.birthDate,
        code: 'BIRTH_DATE_INVALID',
        message: `"${raw.birthDate}" is not a date (YYYY-MM-DD); the age was not computed`,
      });
    else if (at && raw.birthDate > at)
      issues.push({
        field: 'birthDate',
        value: raw.birthDate,
        code: 'BIRTH_DATE_INVALID',
        message: `birth date ${raw.birthDate} is after the discharge (${at}); the age was not computed`,
      });
    else if (at) fromBirth = ageInYears(raw.birthDate, at);
  }
  if (raw.age) {
    if (!/^\d{1,3}$/.test(raw.age))
      issues.push({
        field: 'age',
        value: raw.age,
        code: 'AGE_INVALID',
        message: `age "${raw.age}" is not a whole number of years`,
      });
    else age = Number(raw.age);
    if (age !== null && fromBirth !== null && Math.abs(age - fromBirth) > 1) {
      issues.push({
        field: 'age',
        value: raw.age,
        code: 'AGE_BIRTH_DATE_DISAGREE',
        message: `age ${age} disagrees with birth date ${raw.birthDate} (${fromBirth} at discharge); the age column was kept`,
      });
    }
  }
  age ??= fromBirth;
  if (age !== null && age > 124) {
    issues.push({
      field: raw.age ? 'age' : 'birthDate',
      value: raw.age || raw.birthDate,
      code: 'AGE_OUT_OF_RANGE',
      message: `age ${age} is outside 0–124; the grouper will answer INVALID_AGE (DRG 999)`,
    });
  }
  let sex: GrouperDemographics['sex'] = null;
  if (raw.sex) {
    sex = SEXES[raw.sex.toUpperCase()] ?? 'U';
    if (!(raw.sex.toUpperCase() in SEXES))
      issues.push({
        field: 'sex',
        value: raw.sex,
        code: 'SEX_INVALID',
        message: `"${raw.sex}" is not a sex; use M, F or U (kept as unknown, U)`,
      });
  }
  let dischargeStatus: string | null = null;
  if (raw.dischargeStatus) {
    if (!/^\d{1,2}$/.test(raw.dischargeStatus)) {
      issues.push({
        field: 'dischargeStatus',
        value: raw.dischargeStatus,
        code: 'DISCHARGE_STATUS_UNKNOWN',
        message: `"${raw.dischargeStatus}" is not a UB-04 patient status code (two digits, e.g. 01 home, 20 expired); it was not kept`,
      });
    } else {
      dischargeStatus = raw.dischargeStatus.padStart(2, '0');
      if (!isGrouperDischargeStatus(Number(raw.dischargeStatus))) {
        issues.push({
          field: 'dischargeStatus',
          value: raw.dischargeStatus,
          code: 'DISCHARGE_STATUS_UNKNOWN',
          message: `${dischargeStatus} is not a UB-04 patient status code; the grouper treats it as invalid`,
        });
      }
    }
  }
  return { age, sex, dischargeStatus, issues };
}
