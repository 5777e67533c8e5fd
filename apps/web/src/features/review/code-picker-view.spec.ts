import { describe, expect, it } from '@jest/globals';
import type { CodeSearchResponse } from '@recode/contracts';
import { dottedCode, missingDescription, pickerView } from './code-picker-view';

const page = (over: Partial<CodeSearchResponse>): CodeSearchResponse => ({
  system: 'ICD10CM',
  codeSet: { version: 'FY2026', fiscalYear: 2026, warnings: [] },
  total: 2,
  offset: 0,
  items: [
    {
      code: 'A419',
      billable: true,
      shortDescription: 'Sepsis, unspecified organism',
      longDescription: 'Sepsis, unspecified organism',
    },
    {
      code: 'A4189',
      billable: true,
      shortDescription: 'Other specified sepsis',
      longDescription: 'Other specified sepsis',
    },
  ],
  ...over,
});

describe('the code picker list', () => {
  it('shows nothing from the previous query while the new one is pending', () => {
    const view = pickerView({
      system: 'ICD10CM',
      text: 'A4151',
      searchedFor: 'sepsis',
      pages: [page({})],
      error: null,
    });
    expect(view).toEqual({ hits: [], status: 'Searching…', canShowMore: false });
  });

  it('counts the hits against the total and offers more while some are left', () => {
    const first = pickerView({
      system: 'ICD10CM',
      text: 'sepsis ',
      searchedFor: 'sepsis',
      pages: [page({ total: 111 })],
      error: null,
    });
    expect(first).toMatchObject({ status: '2 of 111 codes · FY2026', canShowMore: true });
    expect(first.hits.map((h) => h.code)).toEqual(['A419', 'A4189']);
    expect(
      pickerView({ system: 'ICD10CM', text: 'sepsis', searchedFor: 'sepsis', pages: [page({})], error: null }),
    ).toMatchObject({ status: '2 codes · FY2026', canShowMore: false });
  });

  it('says when nothing matches, and how a CPT code is found without a licensed file', () => {
    expect(
      pickerView({
        system: 'ICD10CM',
        text: 'zzz',
        searchedFor: 'zzz',
        pages: [page({ total: 0, items: [] })],
        error: null,
      }).status,
    ).toBe('No codes match in FY2026.');
    const cpt = pickerView({
      system: 'CPT',
      text: '9921',
      searchedFor: '9921',
      pages: [
        page({ system: 'CPT', codeSet: null, total: 0, items: [], note: 'Descriptions need a licensed CPT file.' }),
      ],
      error: null,
    });
    expect(cpt.status).toBe(
      'No codes match. Type the whole 5-character CPT code. Descriptions need a licensed CPT file.',
    );
  });

  it('passes the API error on and prompts for input when empty', () => {
    expect(
      pickerView({ system: 'ICD10PCS', text: 'x', searchedFor: 'x', pages: undefined, error: 'no ICD-10-PCS set' })
        .status,
    ).toBe('no ICD-10-PCS set');
    expect(
      pickerView({ system: 'ICD10PCS', text: ' ', searchedFor: '', pages: undefined, error: null }).status,
    ).toMatch(/^Type a /);
  });
});

describe('codes as a person reads them', () => {
  it('puts the dot back into ICD-10-CM codes only', () => {
    expect(dottedCode('ICD10CM', 'A419')).toBe('A41.9');
    expect(dottedCode('ICD10CM', 'S7291XA')).toBe('S72.91XA');
    expect(dottedCode('ICD10CM', 'I10')).toBe('I10');
    expect(dottedCode('ICD10PCS', '0DTJ4ZZ')).toBe('0DTJ4ZZ');
    expect(dottedCode('CPT', '99213')).toBe('99213');
  });

  it('labels a CPT line without a description as unlicensed, never as missing from the set', () => {
    expect(missingDescription('CPT')).toBe('Description not licensed');
    expect(missingDescription('ICD10CM')).toBe('Not in this year’s set');
  });
});
