import { csvField, csvLine, toCsv } from './csv';
import { cents, dotted, rate4, settingLabel } from './export-format';

describe('the shared CSV writer', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(toCsv(['a', 'b'], [[1, ['x', 'y']]])).toBe('a,b\r\n1,x y\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('defuses a cell that starts a formula: %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('keeps numbers, negative amounts and dates as they are', () => {
    expect(csvField(-1234.5)).toBe('-1234.5');
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField(0.1176)).toBe('0.1176');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(new Date('2026-12-04T10:00:00Z'))).toBe('2026-12-04T10:00:00.000Z');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('rounds rates to 4 decimals and money to cents, labels settings and dots codes', () => {
    expect(rate4(0.11762077423264783)).toBe(0.1176);
    expect(rate4(null)).toBeNull();
    expect(cents(1234.5)).toBe('1234.50');
    expect(cents('-0.129')).toBe('-0.13');
    expect(settingLabel('profee')).toBe('Professional fee');
    expect(dotted('ICD10CM', 'A419')).toBe('A41.9');
    expect(dotted('ICD10PCS', '0DTJ4ZZ')).toBe('0DTJ4ZZ');
  });
});
