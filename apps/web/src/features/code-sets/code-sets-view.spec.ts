import { describe, expect, it } from '@jest/globals';
import type { CodeSetDto } from '@recode/contracts';
import { codeSetYear, cptInForce, lookupView, shortChecksum, uploadProblems } from './code-sets-view';

const set = (over: Partial<CodeSetDto>): CodeSetDto => ({
  id: 1,
  system: 'ICD10CM',
  version: '2026',
  fiscalYear: 2026,
  effectiveFrom: '2025-10-01',
  effectiveTo: '2026-09-30',
  sourceFile: 'icd10cm-2026.csv.gz',
  rowCount: 98186,
  billableCount: 74719,
  checksum: 'ab'.repeat(32),
  loadedAt: '2026-11-30T10:00:00Z',
  ...over,
});

describe('codeSetYear and shortChecksum', () => {
  it('names fiscal-year lists by year and the others by the version they were loaded as', () => {
    expect(codeSetYear(set({}))).toBe('FY2026');
    expect(codeSetYear(set({ system: 'CPT', fiscalYear: null, version: 'customer-2026' }))).toBe('customer-2026');
  });

  it('shortens a sha256 to 12 digits and leaves short values alone', () => {
    expect(shortChecksum('0123456789abcdef'.repeat(4))).toBe('0123456789ab…');
    expect(shortChecksum('abc')).toBe('abc');
  });
});

describe('cptInForce', () => {
  const sets = [
    set({
      id: 2,
      system: 'CPT',
      fiscalYear: null,
      version: 'c-2026',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
    }),
    set({
      id: 3,
      system: 'CPT',
      fiscalYear: null,
      version: 'c-2027',
      effectiveFrom: '2027-01-01',
      effectiveTo: '2027-12-31',
    }),
    set({ id: 4 }),
  ];
  it('keeps only customer CPT files whose period covers the day, edges included', () => {
    expect(cptInForce(sets, '2026-12-31').map((s) => s.version)).toEqual(['c-2026']);
    expect(cptInForce(sets, '2027-01-01').map((s) => s.version)).toEqual(['c-2027']);
    expect(cptInForce(sets, '2025-06-01')).toEqual([]);
  });
});

describe('uploadProblems', () => {
  it('turns "file:row:field" paths into "Row n, field f" and keeps other messages as they are', () => {
    const details = [
      { path: 'cpt.csv:12:code', message: '9921 is not a CPT code (5 digits, or 4 digits + F, T or U)' },
      { path: 'cpt.csv:1:', message: 'the header needs a code column' },
      { path: 'cpt.csv::', message: 'is empty' },
      { path: 'body.version', message: 'use 1-40 letters' },
      { message: 'something else' },
    ];
    expect(uploadProblems(details, 'cpt.csv')).toEqual([
      { where: 'Row 12, field code', message: '9921 is not a CPT code (5 digits, or 4 digits + F, T or U)' },
      { where: 'Row 1', message: 'the header needs a code column' },
      { where: null, message: 'is empty' },
      { where: null, message: 'something else' },
    ]);
  });
});

describe('lookupView', () => {
  const base = { system: 'ICD10CM' as const, code: 'E11', codeSetVersion: '2026', fiscalYear: 2026, warnings: [] };
  it('shows a header code as found but not billable, with the year that answered', () => {
    const view = lookupView({
      ...base,
      status: 'found',
      billable: false,
      shortDescription: 'Type 2 diabetes',
      longDescription: 'Type 2 diabetes mellitus',
    });
    expect(view).toEqual({
      tone: 'warning',
      badge: 'Not billable (header)',
      title: 'E11 — Type 2 diabetes mellitus',
      source: 'ICD-10-CM FY2026',
      notes: [],
    });
  });

  it('names the version for lists outside the fiscal year, and passes warnings on', () => {
    const view = lookupView({
      ...base,
      system: 'HCPCS',
      code: 'J1100',
      fiscalYear: null,
      codeSetVersion: '2025q4',
      warnings: ['2026q1 is not loaded'],
      status: 'found',
      billable: true,
      shortDescription: 'Dexamethasone',
      longDescription: '',
    });
    expect(view).toMatchObject({
      tone: 'positive',
      badge: 'Billable',
      title: 'J1100 — Dexamethasone',
      source: 'HCPCS Level II 2025q4',
      notes: ['2026q1 is not loaded'],
    });
  });

  it('says plainly when a code is unknown, malformed, only format-checked, or has no set for the date', () => {
    expect(
      lookupView({
        ...base,
        codeSetVersion: 'FY2026-april',
        status: 'not_found',
        message: 'E1199 is not in ICD-10-CM FY2026',
      }),
    ).toMatchObject({
      tone: 'negative',
      title: 'E1199 is not in ICD-10-CM FY2026',
      source: 'ICD-10-CM FY2026 (FY2026-april)',
    });
    expect(lookupView({ system: 'ICD10CM', code: '12', status: 'invalid_format', message: 'too short' }).badge).toBe(
      'Malformed code',
    );
    expect(
      lookupView({ system: 'CPT', code: '99213', status: 'format_only', category: 'I', message: 'no CPT file' }),
    ).toMatchObject({ tone: 'neutral', badge: 'Format valid (Category I)', source: null });
    expect(
      lookupView({
        system: 'ICD10CM',
        code: 'E119',
        status: 'no_code_set',
        fiscalYear: 2030,
        message: 'FY2030 is not loaded',
      }),
    ).toMatchObject({ tone: 'warning', source: null });
  });
});
