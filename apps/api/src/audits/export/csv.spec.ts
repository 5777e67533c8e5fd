import { csvField, toCsv } from './csv';

describe('csv', () => {
  it('quotes what needs quoting and defuses formulas, but keeps negative numbers', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(-1234.5)).toBe('-1234.5');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, ['x', 'y']]])).toBe('a,b\r\n1,x y\r\n');
  });
});
