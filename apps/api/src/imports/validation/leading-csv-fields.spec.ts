import { parse } from 'csv-parse/sync';
import { leadingCsvFields } from './leading-csv-fields';

describe('leadingCsvFields', () => {
  it('returns the first fields of each record, header skipped, quoted commas, doubled quotes and line breaks kept', () => {
    const text = [
      'code,billable,short_description,long_description',
      'A00,false,Cholera,Cholera',
      'A000,true,"Cholera due to Vibrio cholerae 01, biovar cholerae","a ""quoted"" word"',
      '"B,1",true,"two',
      'lines",x',
      'C01,true,,',
    ].join('\n');
    expect(leadingCsvFields(text, 2)).toEqual([
      ['A00', 'false'],
      ['A000', 'true'],
      ['B,1', 'true'],
      ['C01', 'true'],
    ]);
    expect(leadingCsvFields(text, 4)[1]).toEqual([
      'A000',
      'true',
      'Cholera due to Vibrio cholerae 01, biovar cholerae',
      'a "quoted" word',
    ]);
  });

  it('takes CRLF and CR line ends, a missing last line end, blank lines and short records', () => {
    expect(leadingCsvFields('code,x\r\nA,1\r\n\r\nB\rC,3', 2)).toEqual([['A', '1'], ['B'], ['C', '3']]);
    expect(leadingCsvFields('code,x\n', 2)).toEqual([]);
    expect(leadingCsvFields('', 2)).toEqual([]);
  });

  it('agrees with a general CSV parser on a file shaped like the reference files', () => {
    const lines = ['code,billable,short_description,long_description,order_number,fiscal_year'];
    for (let i = 0; i < 500; i += 1)
      lines.push(`X${i},${i % 3 === 0},"Short, ${i}","Long ""${i}""\nwrapped",${String(i).padStart(5, '0')},2026`);
    const text = lines.join('\r\n');
    const expected = (parse(text, { from_line: 2 }) as string[][]).map((row) => row.slice(0, 2));
    expect(leadingCsvFields(text, 2)).toEqual(expected);
  });

  it('refuses an unterminated quoted field or text after a closing quote, naming the record', () => {
    expect(() => leadingCsvFields('h\nA,"open', 2)).toThrow('unterminated quoted field');
    expect(() => leadingCsvFields('h\n"A"x,1', 2)).toThrow('record 1: a quoted field is followed by "x"');
  });
});
