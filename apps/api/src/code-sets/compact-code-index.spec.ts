import { CompactCodeIndex, packCode, unpackCode } from './compact-code-index';

describe('packCode', () => {
  it('keeps the byte order of the codes, shorter codes before their extensions', () => {
    const codes = ['0016070', '1', 'A00', 'E11', 'E110', 'E1100', 'E119', 'E12', 'Z99', 'ZZZZZZZ'];
    const keys = codes.map((code) => packCode(code));
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });

  it('round-trips', () => {
    for (const code of ['E119', '0SR9019', 'J1100', '25', 'LT', '470', 'ZZZZZZZ', '0'])
      expect(unpackCode(packCode(code))).toBe(code);
  });

  it('refuses what no index can hold', () => {
    expect(packCode('')).toBe(-1);
    expect(packCode('S72001AB')).toBe(-1);
    expect(packCode('E11.9')).toBe(-1);
    expect(packCode('e119')).toBe(-1);
  });
});

describe('CompactCodeIndex', () => {
  const index = CompactCodeIndex.build(
    ['E119', 'E11', 'E1165', 'E110', 'E1100', 'E784', 'E7841'],
    [true, false, true, false, true, false, true],
  );

  it('tells billable codes from headers and unknown codes', () => {
    expect(index.status('E119')).toBe('billable');
    expect(index.status('E11')).toBe('header');
    expect(index.status('E7849')).toBe('unknown');
    expect(index.status('E11.9')).toBe('unknown');
    expect(index.status('')).toBe('unknown');
    expect(index.has('E784')).toBe(true);
  });

  it('lists the codes under a header, billable ones only when asked', () => {
    expect(index.codesUnder('E11', 10)).toEqual(['E110', 'E1100', 'E1165', 'E119']);
    expect(index.codesUnder('E11', 10, { billableOnly: true })).toEqual(['E1100', 'E1165', 'E119']);
    expect(index.codesUnder('E11', 2, { billableOnly: true })).toEqual(['E1100', 'E1165']);
    expect(index.codesUnder('E78', 10)).toEqual(['E784', 'E7841']);
    expect(index.codesUnder('Q', 10)).toEqual([]);
  });

  it('holds 100k codes in under a megabyte', () => {
    const codes = Array.from({ length: 100_000 }, (_, i) => `A${String(i).padStart(6, '0')}`);
    const big = CompactCodeIndex.build(
      codes,
      codes.map(() => true),
    );
    expect(big.byteLength).toBe(900_000);
    expect(big.status('A099999')).toBe('billable');
    expect(big.status('A100000')).toBe('unknown');
  });

  it('refuses a code it could never find', () => {
    expect(() => CompactCodeIndex.build(['E11.9'], [true])).toThrow('"E11.9" cannot be indexed');
  });
});
