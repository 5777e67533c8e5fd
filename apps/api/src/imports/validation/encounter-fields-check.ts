import type { EncounterSettingCode } from '@recode/contracts';
import {
  checkEncounterDates,
  checkGrouperDemographics,
  checkMsDrgFormat,
  codeSetDateOf,
  codeSetYearFor,
  msDrgVersionFor,
  type EncounterSetting,
} from '@recode/domain';
import type { MappedRow, RowIssue } from '../layouts/mapped-row';
import type { CodeSetIndex } from './code-set-index';

export interface CheckedEncounterFields {
  coderId: string | null;
  setting: EncounterSettingCode | null;
  admissionDate: string | null;
  dischargeDate: string | null;
  serviceDate: string | null;
  encounterDate: string | null;
  fiscalYear: number | null;
  drg: string | null;
  charges: string | null;
  age: number | null;
  sex: 'M' | 'F' | 'U' | null;
  dischargeStatus: string | null;
  fatal: boolean;
  flags: string[];
  issues: RowIssue[];
}

const SETTINGS: Readonly<Record<string, EncounterSettingCode>> = {
  inpatient: 'inpatient',
  ip: 'inpatient',
  outpatient: 'outpatient',
  op: 'outpatient',
  ed: 'ed',
  er: 'ed',
  emergency: 'ed',
  profee: 'profee',
  'pro-fee': 'profee',
  professional: 'profee',
};

/** The stored settings and the domain's are the same words; kept as a map so a divergence fails to compile. */
export const DOMAIN_SETTING: Readonly<Record<EncounterSettingCode, EncounterSetting>> = {
  inpatient: 'inpatient',
  outpatient: 'outpatient',
  ed: 'ed',
  profee: 'profee',
};

export interface FieldCheckDeps {
  index: CodeSetIndex;
  coders: ReadonlyMap<string, string>;
  today: string;
}

/** Structural checks (reject the encounter) and encounter-level code checks (flag it) for one row. */
export function checkEncounterFields(row: MappedRow, deps: FieldCheckDeps): CheckedEncounterFields {
  const { fields, columns } = row;
  const issues: RowIssue[] = [];
  const flags: string[] = [];
  const reject = (field: string, value: string, code: string, message: string): void =>
    void issues.push({ field, value, code, severity: 'reject', message });
  const flag = (field: string, value: string, code: string, message: string): void => {
    issues.push({ field, value, code, severity: 'flag', message });
    flags.push(code);
  };
  const warn = (field: string, value: string, code: string, message: string): void =>
    void issues.push({ field, value, code, severity: 'warning', message });

  if (!fields.externalId)
    reject(
      columns.externalId,
      '',
      'KEY_MISSING',
      `the row has no ${columns.externalId}, so it belongs to no encounter`,
    );
  let coderId: string | null = null;
  // A claim the coder mapping did not match already carries its own, more precise issue (CODER_UNMAPPED).
  const unmapped = row.issues.some((i) => i.code === 'CODER_UNMAPPED');
  if (!fields.coder && !unmapped)
    reject(
      columns.coder,
      '',
      'CODER_MISSING',
      'the row names no coder; fill coder_id or choose a default coder for the upload',
    );
  else if (fields.coder) {
    coderId = deps.coders.get(fields.coder) ?? null;
    if (!coderId)
      reject(
        columns.coder,
        fields.coder,
        'CODER_UNKNOWN',
        `coder "${fields.coder}" is not a known coder; add the coder under Coders or correct the id`,
      );
  }
  const setting = SETTINGS[fields.setting.trim().toLowerCase()] ?? null;
  if (!setting && fields.setting)
    reject(
      columns.setting,
      fields.setting,
      'SETTING_INVALID',
      `"${fields.setting}" is not a setting; use inpatient, outpatient, ed or profee`,
    );
  else if (!setting && !row.issues.some((i) => i.code === 'SETTING_INVALID'))
    reject(columns.setting, '', 'SETTING_MISSING', 'the row has no setting (inpatient, outpatient, ed or profee)');

  let fiscalYear: number | null = null;
  let encounterDate: string | null = null;
  const dates = {
    admissionDate: fields.admissionDate || null,
    dischargeDate: fields.dischargeDate || null,
    serviceDate: fields.serviceDate || null,
  };
  if (setting) {
    const problems = checkEncounterDates({ setting: DOMAIN_SETTING[setting], ...dates, today: deps.today });
    for (const p of problems) {
      const column = columns[p.field];
      const value = dates[p.field] ?? '';
      if (p.severity === 'error') reject(column, value, p.code === 'INVALID_DATE' ? 'DATE_INVALID' : p.code, p.message);
      else warn(column, value, p.code, p.message);
    }
    if (!problems.some((p) => p.severity === 'error')) {
      encounterDate = codeSetDateOf({ setting: DOMAIN_SETTING[setting], ...dates });
      if (encounterDate) {
        const year = codeSetYearFor(encounterDate, deps.index.icdYears());
        if (year.ok) fiscalYear = year.fiscalYear;
        else
          reject(
            setting === 'inpatient' ? columns.dischargeDate : columns.serviceDate,
            encounterDate,
            'NO_CODE_SET_FOR_YEAR',
            `${year.reason}; the codes cannot be checked`,
          );
      }
    }
  }
  const drg = checkDrg(fields.drg, setting, fiscalYear, deps.index, columns.drg, { flag, warn });
  const charges = checkCharges(fields.charges, columns.charges, warn);
  const demographics = checkGrouperDemographics({
    ...fields,
    admissionDate: dates.admissionDate,
    dischargeDate: dates.dischargeDate,
  });
  // A value the grouper cannot use is a warning, not a rejection: the encounter is still audited, and its grouper result names the input.
  for (const i of demographics.issues) warn(columns[i.field], i.value, i.code, i.message);
  const fatal = issues.some((i) => i.severity === 'reject') || row.issues.some((i) => i.severity === 'reject');
  const { age, sex, dischargeStatus } = demographics;
  return {
    coderId,
    setting,
    ...dates,
    encounterDate,
    fiscalYear,
    drg,
    charges,
    age,
    sex,
    dischargeStatus,
    fatal,
    flags,
    issues,
  };
}

type Report = (field: string, value: string, code: string, message: string) => void;

function checkDrg(
  raw: string,
  setting: EncounterSettingCode | null,
  fiscalYear: number | null,
  index: CodeSetIndex,
  column: string,
  report: { flag: Report; warn: Report },
): string | null {
  if (!raw) {
    if (setting === 'inpatient')
      report.warn(column, '', 'DRG_MISSING', 'inpatient stays normally carry an MS-DRG; none was given');
    return null;
  }
  const format = checkMsDrgFormat(raw);
  if (!format.ok) {
    report.flag(column, raw, 'DRG_MALFORMED', format.reason);
    return raw.trim().slice(0, 10);
  }
  if (setting && setting !== 'inpatient') {
    report.warn(
      column,
      raw,
      'DRG_NOT_INPATIENT',
      `MS-DRG ${format.drg} was given on a ${setting} encounter; MS-DRGs apply to inpatient stays only, so it was not kept`,
    );
    return null;
  }
  if (fiscalYear !== null) {
    const exists = index.drgExists(fiscalYear, format.drg);
    const version = msDrgVersionFor(fiscalYear);
    if (exists === false)
      report.flag(
        column,
        raw,
        'DRG_NOT_IN_VERSION',
        `MS-DRG ${format.drg} is not in grouper ${version} (FY${fiscalYear}), the version for this discharge date`,
      );
    if (exists === null)
      report.warn(
        column,
        raw,
        'DRG_VERSION_NOT_LOADED',
        `MS-DRG ${version} (FY${fiscalYear}) is not loaded, so DRG ${format.drg} could not be checked`,
      );
  }
  return format.drg;
}

function checkCharges(raw: string, column: string, warn: Report): string | null {
  if (!raw) return null;
  const text = raw.replace(/[$,\s]/g, '');
  if (/^-?\d{1,12}(\.\d{1,2})?$/.test(text)) return text;
  warn(column, raw, 'CHARGES_INVALID', `"${raw}" is not an amount (e.g. 1234.50); the charges were left empty`);
  return null;
}
