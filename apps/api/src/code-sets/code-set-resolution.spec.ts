import { describeCodeSetFile } from './code-set-files';
import { resolveCodeSet, resolveFiscalYear, type LoadedCodeSet } from './code-set-resolution';

let nextId = 1;
function set(
  system: LoadedCodeSet['system'],
  version: string,
  fiscalYear: number | null,
  effectiveFrom: string,
  effectiveTo: string,
): LoadedCodeSet {
  return { id: nextId++, system, version, fiscalYear, effectiveFrom, effectiveTo, rowCount: 1, checksum: 'x' };
}

const SETS = [
  set('ICD10CM', 'FY2018', 2018, '2017-10-01', '2018-09-30'),
  set('ICD10CM', 'FY2026', 2026, '2025-10-01', '2026-09-30'),
  set('HCPCS', '2025Q4', 2026, '2025-10-01', '2025-12-31'),
  set('CPT', 'customer-2026', null, '2026-01-01', '2026-12-31'),
];

describe('describeCodeSetFile', () => {
  it.each([
    [
      'icd10cm-2026.csv.gz',
      {
        version: 'FY2026',
        fiscalYear: 2026,
        effectiveFrom: '2025-10-01',
        effectiveTo: '2026-09-30',
        systems: ['ICD10CM'],
      },
    ],
    ['icd10pcs-2019.csv.gz', { version: 'FY2019', systems: ['ICD10PCS'] }],
    ['icd10cm-poa-exempt-2018.csv', { version: 'FY2018', systems: ['POA_EXEMPT'] }],
    ['msdrg-v43.csv', { version: 'v43', fiscalYear: 2026, systems: ['MSDRG'] }],
    [
      'hcpcs-2025q4.csv',
      {
        version: '2025Q4',
        fiscalYear: 2026,
        effectiveFrom: '2025-10-01',
        effectiveTo: '2025-12-31',
        systems: ['HCPCS', 'HCPCS_MODIFIER'],
      },
    ],
    ['hcpcs-2024q1.csv', { version: '2024Q1', fiscalYear: 2024, effectiveTo: '2024-03-31' }],
  ])('reads %s', (name, expected) => expect(describeCodeSetFile(name)).toMatchObject(expected));

  it('ignores files that are not code sets', () => {
    expect(describeCodeSetFile('tuva-synthetic-medical-claims.csv')).toBeNull();
    expect(describeCodeSetFile('README.md')).toBeNull();
  });
});

describe('resolveCodeSet', () => {
  it('uses the fiscal year of the date, and never a neighbouring one', () => {
    expect(resolveCodeSet(SETS, 'ICD10CM', '2018-09-30')).toMatchObject({
      ok: true,
      codeSet: { version: 'FY2018' },
      warnings: [],
    });
    expect(resolveCodeSet(SETS, 'ICD10CM', '2018-10-01')).toEqual({
      ok: false,
      fiscalYear: 2019,
      message: 'ICD-10-CM: no code set loaded for FY2019 (dates 2018-10-01..2019-09-30); loaded: FY2018, FY2026',
    });
  });

  it('falls back to the nearest HCPCS quarter with a warning', () => {
    expect(resolveCodeSet(SETS, 'HCPCS', '2025-11-11')).toMatchObject({ ok: true, warnings: [] });
    const later = resolveCodeSet(SETS, 'HCPCS', '2018-03-01');
    expect(later).toMatchObject({ ok: true, codeSet: { version: '2025Q4' } });
    expect(later.ok && later.warnings).toEqual([
      'no HCPCS Level II file is loaded for 2018Q1 (the quarter of 2018-03-01); checked against 2025Q4, the nearest loaded quarter, so codes added or deleted in between are not caught',
    ]);
    expect(resolveCodeSet(SETS, 'HCPCS_MODIFIER', '2025-11-11')).toMatchObject({
      ok: false,
      message: 'no HCPCS modifier code set is loaded',
    });
  });

  it('uses a CPT file only inside its dates', () => {
    expect(resolveCodeSet(SETS, 'CPT', '2026-06-01')).toMatchObject({
      ok: true,
      codeSet: { version: 'customer-2026' },
    });
    expect(resolveCodeSet(SETS, 'CPT', '2025-12-31')).toMatchObject({
      ok: false,
      message: expect.stringContaining('only the CPT code format'),
    });
  });
});

describe('resolveFiscalYear', () => {
  it('finds a year directly, or a CPT file overlapping it', () => {
    expect(resolveFiscalYear(SETS, 'ICD10CM', 2026)).toMatchObject({ ok: true, codeSet: { version: 'FY2026' } });
    expect(resolveFiscalYear(SETS, 'CPT', 2026)).toMatchObject({ ok: true, codeSet: { version: 'customer-2026' } });
    expect(resolveFiscalYear(SETS, 'ICD10CM', 2024)).toEqual({
      ok: false,
      fiscalYear: 2024,
      message: 'no ICD-10-CM code set is loaded for FY2024; loaded: FY2018, FY2026',
    });
  });
});
