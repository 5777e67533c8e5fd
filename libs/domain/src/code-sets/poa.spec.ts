import { checkPoa, normalizePoa } from './poa';

describe('normalizePoa', () => {
  it.each([
    ['Y', 'Y'],
    ['n', 'N'],
    [' U ', 'U'],
    ['W', 'W'],
    ['1', 'EXEMPT'],
    ['0', 'EXEMPT'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ] as const)('%j → %j', (raw, value) => {
    expect(normalizePoa(raw)).toEqual({ ok: true, value });
  });

  it.each(['X', 'YES', '2'])('rejects %j with a message a coder can act on', (raw) => {
    expect(normalizePoa(raw)).toEqual({
      ok: false,
      raw,
      reason: `"${raw}" is not a POA indicator; use Y, N, U or W, or leave blank (or 1) for an exempt code`,
    });
  });
});

describe('checkPoa', () => {
  const inpatient = { setting: 'inpatient', isExemptCode: false } as const;
  const inpatientExempt = { setting: 'inpatient', isExemptCode: true } as const;

  it.each(['Y', 'N', 'U', 'W'])('accepts %s on a reportable inpatient diagnosis', (value) => {
    expect(checkPoa(value, inpatient)).toEqual({ value, issues: [] });
  });

  it('flags a missing indicator on a reportable inpatient diagnosis as an error', () => {
    expect(checkPoa('', inpatient)).toEqual({
      value: null,
      issues: [
        { code: 'POA_MISSING', severity: 'error', message: 'inpatient diagnoses need a POA indicator (Y, N, U or W)' },
      ],
    });
  });

  it.each(['1', '0'])('flags the exempt marker %j on a code that is not exempt as an error', (marker) => {
    const result = checkPoa(marker, inpatient);
    expect(result.value).toBe('EXEMPT');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'POA_EXEMPT_MARKER_ON_REPORTABLE_CODE', severity: 'error' }),
    ]);
  });

  it.each(['', '1', '0', null])('accepts %j on an exempt code', (value) => {
    expect(checkPoa(value, inpatientExempt).issues).toEqual([]);
  });

  it('treats Y on an exempt code as a warning, not an error', () => {
    expect(checkPoa('Y', inpatientExempt)).toEqual({
      value: 'Y',
      issues: [
        {
          code: 'POA_REPORTED_ON_EXEMPT_CODE',
          severity: 'warning',
          message: 'this diagnosis is exempt from POA reporting; report it blank (or 1), not "Y"',
        },
      ],
    });
  });

  it('reports invalid characters as errors in every setting', () => {
    for (const setting of ['inpatient', 'outpatient', 'profee'] as const) {
      expect(checkPoa('Q', { setting, isExemptCode: false }).issues).toEqual([
        expect.objectContaining({ code: 'POA_INVALID', severity: 'error' }),
      ]);
    }
  });

  it('requires nothing outside inpatient stays', () => {
    expect(checkPoa('', { setting: 'outpatient', isExemptCode: false })).toEqual({ value: null, issues: [] });
    expect(checkPoa('Y', { setting: 'ed', isExemptCode: true })).toEqual({ value: 'Y', issues: [] });
  });
});
