import { checkEncounterDates, codeSetDateOf } from './encounter-dates';
import { formatIsoDate, parseIsoDate, requireIsoDate } from './iso-date';

describe('parseIsoDate', () => {
  it.each(['2025-01-31', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (text) => {
    const parsed = parseIsoDate(text);
    expect(parsed.ok && formatIsoDate(parsed.date)).toBe(text);
  });

  it.each([
    ['2025-02-30', '"2025-02-30" does not exist: 2025-02 has 28 days'],
    ['2025-02-29', '"2025-02-29" does not exist: 2025-02 has 28 days'],
    ['1900-02-29', '"1900-02-29" does not exist: 1900-02 has 28 days'],
    ['2025-04-31', '"2025-04-31" does not exist: 2025-04 has 30 days'],
    ['2025-13-01', '"2025-13-01" has no month 13'],
    ['2025-1-01', '"2025-1-01" is not a date in the form YYYY-MM-DD'],
    ['2025-01-01T00:00:00Z', '"2025-01-01T00:00:00Z" is not a date in the form YYYY-MM-DD'],
    ['01/02/2025', '"01/02/2025" is not a date in the form YYYY-MM-DD'],
    ['0000-01-01', '"0000-01-01" has year 0000'],
  ])('rejects %s', (text, reason) => expect(parseIsoDate(text)).toEqual({ ok: false, reason }));

  it('requireIsoDate throws with a stable code', () => {
    expect(() => requireIsoDate('2025-02-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_ISO_DATE', value: '2025-02-30' }),
    );
  });
});

describe('checkEncounterDates', () => {
  const today = '2025-11-15';

  it('accepts a complete inpatient stay', () => {
    expect(
      checkEncounterDates({ setting: 'inpatient', admissionDate: '2025-10-28', dischargeDate: '2025-11-02', today }),
    ).toEqual([]);
  });

  it('accepts a same-day stay and an outpatient visit', () => {
    expect(
      checkEncounterDates({ setting: 'inpatient', admissionDate: '2025-11-02', dischargeDate: '2025-11-02', today }),
    ).toEqual([]);
    expect(checkEncounterDates({ setting: 'outpatient', serviceDate: today, today })).toEqual([]);
  });

  it('needs a discharge date for an inpatient stay', () => {
    expect(
      checkEncounterDates({ setting: 'inpatient', admissionDate: '2025-10-28', dischargeDate: null, today }),
    ).toEqual([
      {
        field: 'dischargeDate',
        code: 'MISSING_DATE',
        severity: 'error',
        message: 'inpatient encounters need a discharge date; the discharge date fixes the code-set year',
      },
    ]);
  });

  it('needs a service date outside inpatient', () => {
    expect(checkEncounterDates({ setting: 'profee', serviceDate: ' ', today })).toEqual([
      {
        field: 'serviceDate',
        code: 'MISSING_DATE',
        severity: 'error',
        message: 'professional fee encounters need a service date',
      },
    ]);
  });

  it('catches a discharge before the admission', () => {
    expect(
      checkEncounterDates({ setting: 'inpatient', admissionDate: '2025-11-02', dischargeDate: '2025-10-28', today }),
    ).toEqual([
      {
        field: 'dischargeDate',
        code: 'DISCHARGE_BEFORE_ADMISSION',
        severity: 'error',
        message: 'discharge date 2025-10-28 is before admission date 2025-11-02',
      },
    ]);
  });

  it('catches dates after today, field by field', () => {
    const problems = checkEncounterDates({
      setting: 'inpatient',
      admissionDate: '2025-11-10',
      dischargeDate: '2025-11-16',
      today,
    });
    expect(problems).toEqual([
      {
        field: 'dischargeDate',
        code: 'FUTURE_DATE',
        severity: 'error',
        message: 'discharge date 2025-11-16 is after today (2025-11-15)',
      },
    ]);
  });

  it('reports an impossible date with the field name and not as missing', () => {
    const problems = checkEncounterDates({ setting: 'ed', serviceDate: '2025-02-30', today });
    expect(problems).toEqual([
      {
        field: 'serviceDate',
        code: 'INVALID_DATE',
        severity: 'error',
        message: 'service date: "2025-02-30" does not exist: 2025-02 has 28 days',
      },
    ]);
  });

  it('warns when an inpatient service date falls outside the stay', () => {
    const problems = checkEncounterDates({
      setting: 'inpatient',
      admissionDate: '2025-10-28',
      dischargeDate: '2025-11-02',
      serviceDate: '2025-11-05',
      today,
    });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'serviceDate', code: 'SERVICE_OUTSIDE_STAY', severity: 'warning' }),
    ]);
  });

  it('lists every problem at once', () => {
    const problems = checkEncounterDates({ setting: 'inpatient', admissionDate: '2025-99-01', today });
    expect(problems.map((problem) => `${problem.field}:${problem.code}`)).toEqual([
      'admissionDate:INVALID_DATE',
      'dischargeDate:MISSING_DATE',
    ]);
  });

  it('throws if the caller passes an invalid today', () => {
    expect(() => checkEncounterDates({ setting: 'outpatient', serviceDate: '2025-01-01', today: 'today' })).toThrow(
      'is not a date',
    );
  });
});

describe('codeSetDateOf', () => {
  it('uses the discharge date for inpatient stays and the service date otherwise', () => {
    expect(codeSetDateOf({ setting: 'inpatient', admissionDate: '2025-09-28', dischargeDate: '2025-10-02' })).toBe(
      '2025-10-02',
    );
    expect(codeSetDateOf({ setting: 'outpatient', serviceDate: '2025-09-28' })).toBe('2025-09-28');
    expect(codeSetDateOf({ setting: 'inpatient', admissionDate: '2025-09-28' })).toBeNull();
  });
});
