import { describe, expect, it } from '@jest/globals';
import { displayCell, toCsv, type TableColumn } from './csv';

interface Row {
  name: string;
  rate: number | null;
}
const columns: TableColumn<Row>[] = [
  { header: 'Coder', value: (r) => r.name },
  {
    header: 'Accuracy',
    value: (r) => r.rate,
    format: (r) => (r.rate === null ? '—' : `${(r.rate * 100).toFixed(1)}%`),
  },
];

describe('toCsv', () => {
  it('writes a header and raw numbers, quoting what needs quoting', () => {
    expect(
      toCsv(columns, [
        { name: 'Lee, Sam', rate: 0.9333 },
        { name: 'Say "hi"', rate: null },
      ]),
    ).toBe('Coder,Accuracy\r\n"Lee, Sam",0.9333\r\n"Say ""hi""",\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(toCsv(columns, [{ name: '=HYPERLINK("x")', rate: -0.5 }])).toBe(
      'Coder,Accuracy\r\n"\'=HYPERLINK(""x"")",-0.5\r\n',
    );
  });
});

describe('displayCell', () => {
  it('uses the format when given, else the value, and a dash for nothing', () => {
    expect(displayCell(columns[1]!, { name: 'a', rate: 0.5 })).toBe('50.0%');
    expect(displayCell({ header: 'x', value: () => null }, { name: 'a', rate: 1 })).toBe('—');
  });
});
