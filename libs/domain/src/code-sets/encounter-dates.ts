import { ENCOUNTER_SETTING_LABELS, type CodeSetIssueSeverity, type EncounterSetting } from './encounter-setting';
import { parseIsoDate, requireIsoDate } from './iso-date';

export type EncounterDateField = 'admissionDate' | 'dischargeDate' | 'serviceDate';

export type EncounterDateProblemCode =
  'INVALID_DATE' | 'MISSING_DATE' | 'DISCHARGE_BEFORE_ADMISSION' | 'FUTURE_DATE' | 'SERVICE_OUTSIDE_STAY';

export interface EncounterDateProblem {
  readonly field: EncounterDateField;
  readonly code: EncounterDateProblemCode;
  readonly severity: CodeSetIssueSeverity;
  readonly message: string;
}

export interface EncounterDates {
  readonly setting: EncounterSetting;
  readonly admissionDate?: string | null;
  readonly dischargeDate?: string | null;
  readonly serviceDate?: string | null;
  /** The caller's today ('YYYY-MM-DD'), passed in so the check stays pure and testable. */
  readonly today: string;
}

const FIELD_LABELS: Readonly<Record<EncounterDateField, string>> = {
  admissionDate: 'admission date',
  dischargeDate: 'discharge date',
  serviceDate: 'service date',
};

/** Valid dates compare correctly as text ('YYYY-MM-DD'), so no date arithmetic is needed. */
export function checkEncounterDates(input: EncounterDates): EncounterDateProblem[] {
  requireIsoDate(input.today);
  const problems: EncounterDateProblem[] = [];
  const valid: Partial<Record<EncounterDateField, string>> = {};
  const add = (
    field: EncounterDateField,
    code: EncounterDateProblemCode,
    message: string,
    severity: CodeSetIssueSeverity = 'error',
  ): void => {
    problems.push({ field, code, severity, message });
  };

  for (const field of ['admissionDate', 'dischargeDate', 'serviceDate'] as const) {
    const text = input[field]?.trim();
    if (!text) continue;
    const parsed = parseIsoDate(text);
    if (!parsed.ok) {
      add(field, 'INVALID_DATE', `${FIELD_LABELS[field]}: ${parsed.reason}`);
      continue;
    }
    valid[field] = text;
    if (text > input.today) add(field, 'FUTURE_DATE', `${FIELD_LABELS[field]} ${text} is after today (${input.today})`);
  }

  const required: readonly EncounterDateField[] =
    input.setting === 'inpatient' ? ['admissionDate', 'dischargeDate'] : ['serviceDate'];
  for (const field of required) {
    if (input[field]?.trim()) continue;
    const why = field === 'dischargeDate' ? '; the discharge date fixes the code-set year' : '';
    add(
      field,
      'MISSING_DATE',
      `${ENCOUNTER_SETTING_LABELS[input.setting]} encounters need a ${FIELD_LABELS[field]}${why}`,
    );
  }

  const { admissionDate, dischargeDate, serviceDate } = valid;
  if (admissionDate && dischargeDate && dischargeDate < admissionDate) {
    add(
      'dischargeDate',
      'DISCHARGE_BEFORE_ADMISSION',
      `discharge date ${dischargeDate} is before admission date ${admissionDate}`,
    );
  }
  if (
    input.setting === 'inpatient' &&
    serviceDate &&
    admissionDate &&
    dischargeDate &&
    dischargeDate >= admissionDate
  ) {
    if (serviceDate < admissionDate || serviceDate > dischargeDate) {
      add(
        'serviceDate',
        'SERVICE_OUTSIDE_STAY',
        `service date ${serviceDate} is outside the stay ${admissionDate}..${dischargeDate}`,
        'warning',
      );
    }
  }
  return problems;
}

/** The date that fixes the code-set year: discharge for inpatient stays, the service date otherwise. */
export function codeSetDateOf(input: Omit<EncounterDates, 'today'>): string | null {
  const date = input.setting === 'inpatient' ? input.dischargeDate : input.serviceDate;
  return date?.trim() || null;
}
