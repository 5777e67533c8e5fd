import { codeSetYearFor, fiscalYearOf, fiscalYearRange, hcpcsQuarterOf } from './fiscal-year';
import { InvalidIsoDateError } from './iso-date';
import { checkMsDrgFormat, msDrgVersionFor } from './ms-drg';

describe('fiscalYearOf', () => {
  it.each([
    ['2025-09-30', 2025],
    ['2025-10-01', 2026],
    ['2026-09-30', 2026],
    ['2026-10-01', 2027],
    ['2018-03-29', 2018],
    ['2018-12-02', 2019],
    ['2024-02-29', 2024],
  ])('%s is in FY%d', (date, fiscalYear) => expect(fiscalYearOf(date)).toBe(fiscalYear));

  it('throws a named error for an impossible date', () => {
    expect(() => fiscalYearOf('2025-02-30')).toThrow(InvalidIsoDateError);
  });

  it('knows the dates of a fiscal year', () => {
    expect(fiscalYearRange(2026)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });
});

describe('codeSetYearFor', () => {
  const loaded = [2026, 2018, 2025, 2019];

  it('picks the fiscal year of the date when it is loaded', () => {
    expect(codeSetYearFor('2025-10-01', loaded)).toEqual({ ok: true, fiscalYear: 2026 });
    expect(codeSetYearFor('2018-09-30', loaded)).toEqual({ ok: true, fiscalYear: 2018 });
  });

  it('never falls back to a neighbouring year', () => {
    expect(codeSetYearFor('2024-03-15', loaded)).toEqual({
      ok: false,
      code: 'NO_CODE_SET_FOR_YEAR',
      fiscalYear: 2024,
      availableYears: [2018, 2019, 2025, 2026],
      reason: 'no code set loaded for FY2024 (dates 2023-10-01..2024-09-30); loaded: FY2018, FY2019, FY2025, FY2026',
    });
    expect(codeSetYearFor('2026-10-01', loaded).ok).toBe(false);
  });

  it('says when nothing is loaded at all', () => {
    const result = codeSetYearFor('2025-01-01', []);
    expect(!result.ok && result.reason).toBe(
      'no code set loaded for FY2025 (dates 2024-10-01..2025-09-30); no code-set years are loaded',
    );
  });
});

describe('hcpcsQuarterOf', () => {
  it.each([
    ['2025-01-01', '2025Q1'],
    ['2025-03-31', '2025Q1'],
    ['2025-04-01', '2025Q2'],
    ['2025-09-30', '2025Q3'],
    ['2025-10-01', '2025Q4'],
    ['2025-12-31', '2025Q4'],
  ])('%s → %s', (date, quarter) => expect(hcpcsQuarterOf(date)).toBe(quarter));
});

describe('msDrgVersionFor', () => {
  it.each([
    [2008, 'v25'],
    [2018, 'v35'],
    [2019, 'v36'],
    [2025, 'v42'],
    [2026, 'v43'],
  ])('FY%d uses grouper %s', (fiscalYear, version) => expect(msDrgVersionFor(fiscalYear)).toBe(version));

  it('refuses years before MS-DRGs existed', () => {
    expect(() => msDrgVersionFor(2007)).toThrow('there is no MS-DRG version for FY2007; MS-DRGs start in FY2008');
    expect(() => msDrgVersionFor(2025.5)).toThrow(RangeError);
  });
});

describe('checkMsDrgFormat', () => {
  it.each([
    ['1', '001'],
    ['65', '065'],
    [' 470 ', '470'],
    ['999', '999'],
  ])('%j → %s', (raw, drg) => expect(checkMsDrgFormat(raw)).toEqual({ ok: true, drg }));

  it.each([
    ['0', '000', '"000" is not a DRG'],
    ['1000', '1000', '"1000" is not'],
    ['47A', '47A', '"47A" is not'],
    ['', '', 'no DRG was given'],
  ])('rejects %j', (raw, drg, detail) => {
    expect(checkMsDrgFormat(raw)).toEqual({
      ok: false,
      drg,
      reason: `MS-DRGs are 3 digits from 001 to 999; ${detail}`,
    });
  });
});
