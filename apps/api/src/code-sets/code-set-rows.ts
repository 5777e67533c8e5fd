import type { CodeSetSystem } from '@recode/contracts';
import {
  checkCptFormat,
  checkHcpcsFormat,
  checkIcd10CmFormat,
  checkIcd10PcsFormat,
  checkModifierFormat,
  checkMsDrgFormat,
  type CodeFormatResult,
} from '@recode/domain';
import type { CodeSetFileKind, CodeSetFileSpec } from './code-set-files';

/** One row as it goes to the staging table; DRG columns are null for the other kinds. */
export interface StagedCodeRow {
  system: CodeSetSystem;
  code: string;
  billable: boolean;
  shortDescription: string;
  longDescription: string;
  mdc: string | null;
  drgType: string | null;
  relativeWeight: string | null;
  gmlos: string | null;
}

/** Reads one record's fields and reports a problem with one of them (never returns from fail). */
export interface RowFields {
  get(column: string): string;
  has(column: string): boolean;
  fail(column: string, problem: string): never;
}

export interface CodeSetRowReader {
  readonly columns: readonly string[];
  read(fields: RowFields, spec: CodeSetFileSpec): StagedCodeRow;
}

const NO_DRG = { mdc: null, drgType: null, relativeWeight: null, gmlos: null } as const;
const PCS_HEADER = /^[0-9A-HJ-NP-Z]{3,6}$/;
const MDC = /^(0[1-9]|1[0-9]|2[0-5]|PRE)$/;
// numeric(8,4): more decimals would be rounded silently, so they are refused instead.
const WEIGHT = /^[0-9]{1,4}(\.[0-9]{1,4})?$/;
const LOS = /^[0-9]{1,4}(\.[0-9]{1,4})?$/;

function bool(fields: RowFields, column: string): boolean {
  const value = fields.get(column);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fields.fail(column, `expected true or false, got "${value}"`);
}

function text(fields: RowFields, column: string): string {
  const value = fields.get(column);
  return value === '' ? fields.fail(column, 'is empty') : value;
}

function validCode(fields: RowFields, column: string, result: CodeFormatResult): string {
  return result.ok ? result.code : fields.fail(column, result.reason);
}

/** The README's files repeat their year or version on every row; a mismatch means a misnamed file. */
function sameAsFileName(fields: RowFields, column: string, expected: string): void {
  if (!fields.has(column)) return;
  const value = fields.get(column);
  if (value !== expected) fields.fail(column, `says ${value} but the file name says ${expected}`);
}

function optionalNumber(fields: RowFields, column: string, pattern: RegExp): string | null {
  const value = fields.get(column);
  if (value === '') return null;
  return pattern.test(value) ? value : fields.fail(column, `expected a decimal number such as 1.9289, got "${value}"`);
}

const ICD_COLUMNS = ['code', 'billable', 'short_description', 'long_description'] as const;

function icdRow(system: 'ICD10CM' | 'ICD10PCS', fields: RowFields, spec: CodeSetFileSpec): StagedCodeRow {
  const billable = bool(fields, 'billable');
  const raw = fields.get('code');
  let checked: CodeFormatResult;
  if (system === 'ICD10CM') checked = checkIcd10CmFormat(raw);
  // PCS headers are the 3-character tables ("0SR"); only the 7-character codes are billable.
  else checked = billable || !PCS_HEADER.test(raw) ? checkIcd10PcsFormat(raw) : { ok: true, code: raw };
  sameAsFileName(fields, 'fiscal_year', String(spec.fiscalYear));
  return {
    system,
    code: validCode(fields, 'code', checked),
    billable,
    shortDescription: text(fields, 'short_description'),
    longDescription: text(fields, 'long_description'),
    ...NO_DRG,
  };
}

export const ROW_READERS: Readonly<Record<CodeSetFileKind, CodeSetRowReader>> = {
  icd10cm: { columns: ICD_COLUMNS, read: (fields, spec) => icdRow('ICD10CM', fields, spec) },
  icd10pcs: { columns: ICD_COLUMNS, read: (fields, spec) => icdRow('ICD10PCS', fields, spec) },
  'poa-exempt': {
    columns: ['code'],
    read: (fields, spec) => {
      sameAsFileName(fields, 'fiscal_year', String(spec.fiscalYear));
      if (fields.has('billable')) bool(fields, 'billable');
      return {
        system: 'POA_EXEMPT',
        code: validCode(fields, 'code', checkIcd10CmFormat(fields.get('code'))),
        billable: true,
        shortDescription: '',
        longDescription: '',
        ...NO_DRG,
      };
    },
  },
  msdrg: {
    columns: ['drg', 'mdc', 'type', 'title', 'relative_weight', 'geometric_mean_los'],
    read: (fields, spec) => {
      const drg = checkMsDrgFormat(fields.get('drg'));
      if (!drg.ok) fields.fail('drg', drg.reason);
      if (drg.drg !== fields.get('drg')) fields.fail('drg', `write it as 3 digits ("${drg.drg}")`);
      const mdc = fields.get('mdc');
      if (mdc !== '' && !MDC.test(mdc)) fields.fail('mdc', `expected 01-25, PRE or blank, got "${mdc}"`);
      const type = fields.get('type');
      if (type !== '' && type !== 'MED' && type !== 'SURG')
        fields.fail('type', `expected MED, SURG or blank, got "${type}"`);
      sameAsFileName(fields, 'grouper_version', spec.version);
      sameAsFileName(fields, 'fiscal_year', String(spec.fiscalYear));
      const title = text(fields, 'title');
      return {
        system: 'MSDRG',
        code: drg.drg,
        billable: true,
        shortDescription: title,
        longDescription: title,
        mdc: mdc === '' ? null : mdc,
        drgType: type === '' ? null : type,
        relativeWeight: optionalNumber(fields, 'relative_weight', WEIGHT),
        gmlos: optionalNumber(fields, 'geometric_mean_los', LOS),
      };
    },
  },
  hcpcs: {
    columns: ['code', 'record_type', 'short_description', 'long_description'],
    read: (fields) => {
      const recordType = fields.get('record_type');
      if (recordType !== 'procedure' && recordType !== 'modifier')
        fields.fail('record_type', `expected procedure or modifier, got "${recordType}"`);
      const modifier = recordType === 'modifier';
      const raw = fields.get('code');
      return {
        system: modifier ? 'HCPCS_MODIFIER' : 'HCPCS',
        code: validCode(fields, 'code', modifier ? checkModifierFormat(raw) : checkHcpcsFormat(raw)),
        billable: true,
        shortDescription: text(fields, 'short_description'),
        longDescription: text(fields, 'long_description'),
        ...NO_DRG,
      };
    },
  },
  cpt: {
    columns: ['code', 'description'],
    read: (fields) => {
      const checked = checkCptFormat(fields.get('code'));
      const description = text(fields, 'description');
      return {
        system: 'CPT',
        code: validCode(fields, 'code', checked),
        billable: true,
        shortDescription: description,
        longDescription: description,
        ...NO_DRG,
      };
    },
  },
};
