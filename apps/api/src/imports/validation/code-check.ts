import type { EncounterSettingCode } from '@recode/contracts';
import {
  checkCodeFormat,
  checkModifierFormat,
  checkPoa,
  CODE_SYSTEM_LABELS,
  detectSystem,
  normalizeCode,
  type CodeSystem,
} from '@recode/domain';
import { KIND } from '../layouts/code-lines-mapper';
import type { RawCode, RowIssue } from '../layouts/mapped-row';
import type { CodeSetIndex } from './code-set-index';
import { DOMAIN_SETTING } from './encounter-fields-check';

export interface CheckedCode {
  system: CodeSystem;
  code: string;
  kind: RawCode['kind'];
  poa: string | null;
  modifiers: string[];
  units: number | null;
  issue: string | null;
  /** The code fails its system's format: reported, never stored (not even cut down). */
  rejected: boolean;
  issues: RowIssue[];
}

export interface CodeContext {
  index: CodeSetIndex;
  setting: EncounterSettingCode;
  fiscalYear: number;
  encounterDate: string;
}

/** One code against the code set of its encounter's fiscal year; every message names the code and the year. */
export function checkCode(raw: RawCode, ctx: CodeContext): CheckedCode {
  const issues: RowIssue[] = [];
  let issue: string | null = null;
  const flag = (field: string, value: string, code: string, message: string): void => {
    issues.push({ field, value, code, severity: 'flag', message });
    issue ??= code;
  };
  const warn = (field: string, value: string, code: string, message: string): void =>
    void issues.push({ field, value, code, severity: 'warning', message });

  let system = raw.system;
  let code = normalizeCode(raw.code);
  const sample = raw.code.slice(0, 100);
  const notStored = '; the code was not stored';
  let rejected = false;
  if (!system) {
    const detected = detectSystem(raw.code, raw.candidates);
    if (detected.kind === 'detected') system = detected.system;
    else {
      flag(raw.field, sample, 'CODE_MALFORMED', detected.reason + notStored);
      rejected = true;
    }
  }
  const resolved: CodeSystem = system ?? (raw.candidates[0] as CodeSystem);
  const kind = system ? KIND[system] : raw.kind;
  if (system) {
    const format = checkCodeFormat(system, raw.code);
    code = format.code;
    if (!format.ok) {
      flag(raw.field, sample, 'CODE_MALFORMED', format.reason + notStored);
      rejected = true;
    } else {
      if (raw.code.includes('.'))
        warn(
          raw.field,
          sample,
          'CODE_DOT_REMOVED',
          `${raw.code.trim()} was stored as ${code}: codes are stored without the dot, as CMS publishes them`,
        );
      lookUp(system, code, raw.field, ctx, flag);
    }
  }
  if (rejected) return { system: resolved, code, kind, poa: null, modifiers: [], units: null, issue, rejected, issues };
  if (system === 'ICD10PCS' && ctx.setting !== 'inpatient') {
    flag(
      raw.field,
      code,
      'PCS_OUTSIDE_INPATIENT',
      `ICD-10-PCS code ${code} is on a ${ctx.setting} encounter; ICD-10-PCS is for inpatient procedures, outpatient services use CPT or HCPCS`,
    );
  }
  const poa = kind === 'dx' ? checkDiagnosisPoa(raw, code, ctx, flag, warn) : null;
  const modifiers = kind === 'line' ? checkModifiers(raw, ctx.index, flag) : [];
  if (kind !== 'line' && raw.modifiers.length)
    warn(
      raw.modifiersField,
      raw.modifiers.join(' '),
      'MODIFIER_IGNORED',
      `modifiers apply to CPT/HCPCS lines only; they were ignored on ${code}`,
    );
  const units = parseUnits(raw, warn);
  return { system: resolved, code, kind, poa, modifiers, units, issue, rejected, issues };
}

type Report = (field: string, value: string, code: string, message: string) => void;

function lookUp(system: CodeSystem, code: string, field: string, ctx: CodeContext, flag: Report): void {
  const label = CODE_SYSTEM_LABELS[system];
  if (system === 'CPT') return; // AMA-licensed: only the format can be checked
  if (system === 'HCPCS') {
    if (ctx.index.hcpcsStatus(code) === 'unknown')
      flag(field, code, 'CODE_UNKNOWN', `${code} is not a ${label} code in the CMS HCPCS file`);
    return;
  }
  const fy = ctx.fiscalYear;
  const status = ctx.index.status(system, fy, code);
  if (status === 'billable') return;
  if (status === 'header') {
    const children = ctx.index.billableChildren(system, fy, code, 3);
    const hint = children.length ? `; use a complete code such as ${children.join(' or ')}` : '';
    flag(
      field,
      code,
      'CODE_NOT_BILLABLE',
      `${code} is a category header in FY${fy} ${label}, not a billable code${hint}`,
    );
    return;
  }
  // Every loaded year is prepared before the first row, so this stays synchronous.
  const years = ctx.index.icdYears().filter((year) => ctx.index.status(system, year, code) === 'billable');
  if (years.length) {
    flag(
      field,
      code,
      'CODE_NOT_VALID_FOR_YEAR',
      `${code} is not a valid ${label} code on ${ctx.encounterDate} (FY${fy}); it is valid in ${years.map((y) => `FY${y}`).join(', ')}`,
    );
  } else {
    flag(field, code, 'CODE_UNKNOWN', `${code} is not an ${label} code in FY${fy} or any other loaded year`);
  }
}

function checkDiagnosisPoa(raw: RawCode, code: string, ctx: CodeContext, flag: Report, warn: Report): string | null {
  const result = checkPoa(raw.poa, {
    isExemptCode: ctx.index.isPoaExempt(ctx.fiscalYear, code),
    setting: DOMAIN_SETTING[ctx.setting],
  });
  for (const problem of result.issues) {
    const message = `${code}: ${problem.message}`;
    if (problem.severity === 'error') flag(raw.poaField || 'poa', raw.poa, problem.code, message);
    else warn(raw.poaField || 'poa', raw.poa, problem.code, message);
  }
  return result.value;
}

/** Numeric CPT modifiers (25, 59) and digit+letter ones (8P) are AMA's: format only. The rest must be HCPCS Level II modifiers. */
function checkModifiers(raw: RawCode, index: CodeSetIndex, flag: Report): string[] {
  const out: string[] = [];
  for (const text of raw.modifiers) {
    const format = checkModifierFormat(text);
    if (!format.ok) {
      flag(raw.modifiersField, text, 'MODIFIER_MALFORMED', format.reason);
      continue;
    }
    // Ambulance origin/destination pairs (e.g. RH: residence to hospital) are built from two letters, not listed one by one.
    const ambulance = /^[DEGHIJNPRSX]{2}$/.test(format.code);
    if (/^[A-Z]/.test(format.code) && !ambulance && !index.isLevelTwoModifier(format.code)) {
      flag(raw.modifiersField, text, 'MODIFIER_UNKNOWN', `${format.code} is not a HCPCS modifier`);
    }
    out.push(format.code);
  }
  return out;
}

function parseUnits(raw: RawCode, warn: Report): number | null {
  const text = raw.units.trim();
  if (!text) return null;
  if (/^\d{1,7}(\.0+)?$/.test(text)) return Number.parseInt(text, 10);
  const reason = /^-\s*\d+(\.0+)?$/.test(text)
    ? 'is negative; units are a count of 0 or more'
    : /^\d+(\.\d+)?$/.test(text)
      ? text.includes('.')
        ? 'is not a whole number'
        : 'is too large (at most 9,999,999)'
      : 'is not a number';
  warn(
    raw.unitsField || 'units',
    raw.units.slice(0, 100),
    'UNITS_INVALID',
    `units "${text.slice(0, 40)}" ${reason}; left empty`,
  );
  return null;
}
