import { grouperVersionFor, grouperVersionLabel, grouperVersionPeriod } from './version';

const present = ['420', '421', '430', '431'];

describe('grouper version by discharge date', () => {
  it('picks the October and April versions of each fiscal year', () => {
    expect(grouperVersionFor('2024-10-01', present)).toEqual({ ok: true, version: '420', fiscalYear: 2025 });
    expect(grouperVersionFor('2025-03-31', present)).toMatchObject({ version: '420' });
    expect(grouperVersionFor('2025-04-01', present)).toMatchObject({ version: '421' });
    expect(grouperVersionFor('2025-09-30', present)).toMatchObject({ version: '421' });
    expect(grouperVersionFor('2025-10-01', present)).toMatchObject({ version: '430', fiscalYear: 2026 });
    expect(grouperVersionFor('2026-09-30', present)).toMatchObject({ version: '431' });
  });

  it('answers "no grouper for this year" instead of another version', () => {
    expect(grouperVersionFor('2018-06-01', present)).toMatchObject({
      ok: false,
      fiscalYear: 2018,
      message: expect.stringContaining('no grouper for this year (FY2018)'),
    });
    expect(grouperVersionFor('2026-10-01', present)).toMatchObject({ ok: false, fiscalYear: 2027 });
    expect(grouperVersionFor('2025-05-01', ['420'])).toMatchObject({ ok: false, fiscalYear: 2025 });
  });

  it('takes next year from the file names alone', () => {
    expect(grouperVersionFor('2026-11-15', [...present, '440'])).toMatchObject({
      ok: true,
      version: '440',
      fiscalYear: 2027,
    });
    expect(grouperVersionPeriod('441')).toEqual({
      version: '441',
      fiscalYear: 2027,
      from: '2027-04-01',
      to: '2027-09-30',
    });
    expect(grouperVersionLabel('431')).toBe('v43.1');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(grouperVersionFor('03/04/2025', present)).toMatchObject({ ok: false, fiscalYear: null });
  });
});
