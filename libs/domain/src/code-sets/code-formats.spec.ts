import {
  checkCodeFormat,
  checkCptFormat,
  checkHcpcsFormat,
  checkIcd10CmFormat,
  checkIcd10PcsFormat,
  checkModifierFormat,
  detectSystem,
} from './code-formats';
import { normalizeCode } from './code-system';

describe('normalizeCode', () => {
  it.each([
    ['e11.9', 'E119'],
    ['  E11.9 ', 'E119'],
    ['0sr9 019', '0SR9019'],
    ['S72.001A', 'S72001A'],
    ['', ''],
  ])('%j → %j', (raw, expected) => expect(normalizeCode(raw)).toBe(expected));
});

describe('checkIcd10CmFormat', () => {
  it.each(['E11', 'E119', 'e11.9', 'S72001A', 'C4A0', 'O9A211', 'Z3A01', 'I10', 'QA00101'])('accepts %s', (code) => {
    expect(checkIcd10CmFormat(code).ok).toBe(true);
  });

  it('returns the normalised code', () => {
    expect(checkIcd10CmFormat(' e11.9 ')).toEqual({ ok: true, code: 'E119' });
  });

  it.each([
    ['1E11', '"1E11" has "1" at position 1'],
    ['E1', '"E1" has 2'],
    ['S72001AB', '"S72001AB" has 8'],
    ['E11-9', '"E11-9" has "-" at position 4'],
    ['', 'no code was given'],
  ])('rejects %j saying what is wrong', (code, detail) => {
    expect(checkIcd10CmFormat(code)).toEqual({
      ok: false,
      code: normalizeCode(code),
      reason: `ICD-10-CM codes are 3 to 7 characters: a letter, then letters or digits (e.g. E119); ${detail}`,
    });
  });
});

describe('checkIcd10PcsFormat', () => {
  it.each(['0SR9019', '4A00X4Z', '02583ZZ', 'B00B0ZZ', 'xw033h4'])('accepts %s', (code) => {
    expect(checkIcd10PcsFormat(code).ok).toBe(true);
  });

  it('explains a short code the way a coder reads it', () => {
    expect(checkIcd10PcsFormat('0SR90J')).toEqual({
      ok: false,
      code: '0SR90J',
      reason: 'ICD-10-PCS codes are exactly 7 characters of 0-9 and A-Z except I and O; "0SR90J" has 6',
    });
  });

  it.each([
    ['0SR90JI', '"0SR90JI" has "I" at position 7'],
    ['0SRO019', '"0SRO019" has "O" at position 4'],
  ])('rejects the letters I and O (%s)', (code, detail) => {
    const result = checkIcd10PcsFormat(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(detail);
  });
});

describe('checkCptFormat', () => {
  it.each([
    ['99214', 'I'],
    ['36415', 'I'],
    ['1036F', 'II'],
    ['3342f', 'II'],
    ['0042T', 'III'],
    ['0001U', 'PLA'],
  ] as const)('%s is Category %s', (code, category) => {
    expect(checkCptFormat(code)).toEqual({ ok: true, code: code.toUpperCase(), category });
  });

  it.each([
    ['9921', '"9921" has 4'],
    ['99A14', '"99A14" has "A" at position 3'],
    ['1036X', '"1036X" has "X" at position 5'],
    ['J1100', '"J1100" has "J" at position 1'],
  ])('rejects %s', (code, detail) => {
    const result = checkCptFormat(code);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toBe(
        `CPT codes are 5 digits, or 4 digits followed by F (Category II), T (Category III) or U (PLA); ${detail}`,
      );
  });
});

describe('checkHcpcsFormat', () => {
  it.each(['J1100', 'G0008', 'A0425', 'V2020', 'u0003'])('accepts %s', (code) =>
    expect(checkHcpcsFormat(code).ok).toBe(true),
  );

  it.each([
    ['W1234', '"W1234" has "W" at position 1'],
    ['99214', '"99214" has "9" at position 1'],
    ['J11000', '"J11000" has 6'],
  ])('rejects %s', (code, detail) => {
    const result = checkHcpcsFormat(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(detail);
  });
});

describe('checkModifierFormat', () => {
  it.each(['25', '59', 'LT', 'rt', 'XU'])('accepts %s', (code) => expect(checkModifierFormat(code).ok).toBe(true));
  it.each(['5', '251', '-L'])('rejects %s', (code) => expect(checkModifierFormat(code).ok).toBe(false));
});

describe('checkCodeFormat', () => {
  it('dispatches on the system', () => {
    expect(checkCodeFormat('CPT', '1036F')).toEqual({ ok: true, code: '1036F', category: 'II' });
    expect(checkCodeFormat('HCPCS', 'J1100').ok).toBe(true);
    expect(checkCodeFormat('ICD10PCS', 'E119').ok).toBe(false);
    expect(checkCodeFormat('ICD10CM', 'E119').ok).toBe(true);
  });
});

describe('detectSystem', () => {
  it.each([
    ['99214', 'CPT'],
    ['1036F', 'CPT'],
    ['0SR9019', 'ICD10PCS'],
    ['E119', 'ICD10CM'],
    ['S72001A', 'ICD10CM'],
  ] as const)('detects %s as %s without a hint', (code, system) => {
    expect(detectSystem(code)).toEqual({ kind: 'detected', code, system });
  });

  it('calls letter + 4 digits ambiguous without a hint (J4520 is both asthma and a J-code shape)', () => {
    const result = detectSystem('J4520');
    expect(result.kind).toBe('ambiguous');
    if (result.kind === 'ambiguous') {
      expect(result.candidates).toEqual(['ICD10CM', 'HCPCS']);
      expect(result.reason).toBe(
        '"J4520" could be ICD-10-CM or HCPCS Level II; say whether it is a diagnosis or a procedure',
      );
    }
  });

  it('sorts a claim hcpcs_code column into CPT and HCPCS Level II', () => {
    const column = ['99214', '36415', '1036F', 'G0008', 'J1100', '0042T'];
    expect(column.map((code) => detectSystem(code, ['CPT', 'HCPCS']))).toEqual([
      { kind: 'detected', code: '99214', system: 'CPT' },
      { kind: 'detected', code: '36415', system: 'CPT' },
      { kind: 'detected', code: '1036F', system: 'CPT' },
      { kind: 'detected', code: 'G0008', system: 'HCPCS' },
      { kind: 'detected', code: 'J1100', system: 'HCPCS' },
      { kind: 'detected', code: '0042T', system: 'CPT' },
    ]);
  });

  it('does not take a 7-character diagnosis for a procedure when its first letter is no PCS section', () => {
    expect(checkIcd10PcsFormat('S72001A').ok).toBe(true);
    expect(detectSystem('S72001A', 'procedure')).toEqual({
      kind: 'unknown',
      code: 'S72001A',
      reason: '"S72001A" is not a valid ICD-10-PCS or CPT or HCPCS Level II code',
    });
  });

  it('uses the role to settle ambiguity', () => {
    expect(detectSystem('J4520', 'diagnosis')).toEqual({ kind: 'detected', code: 'J4520', system: 'ICD10CM' });
    expect(detectSystem('J4520', 'procedure')).toEqual({ kind: 'detected', code: 'J4520', system: 'HCPCS' });
    expect(detectSystem('B00B0ZZ', 'procedure')).toEqual({ kind: 'detected', code: 'B00B0ZZ', system: 'ICD10PCS' });
    expect(detectSystem('B00B0ZZ').kind).toBe('ambiguous');
  });

  it('says when nothing fits', () => {
    expect(detectSystem('99214', 'diagnosis')).toEqual({
      kind: 'unknown',
      code: '99214',
      reason: '"99214" is not a valid ICD-10-CM code',
    });
    expect(detectSystem('  ', ['CPT'])).toEqual({ kind: 'unknown', code: '', reason: 'no code was given' });
  });
});
