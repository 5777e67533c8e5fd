import { CsvSplitter, CsvSyntaxError } from './csv-splitter';

function split(text: string, chunkSize = text.length || 1): string[][] {
  const splitter = new CsvSplitter();
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += chunkSize) splitter.push(text.slice(i, i + chunkSize), out);
  return splitter.finish(out);
}

function failure(text: string): CsvSyntaxError {
  try {
    split(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return err;
    throw err;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('CsvSplitter', () => {
  it('splits plain lines and skips empty ones', () => {
    expect(split('a,b\n1,2\n\n3,\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('accepts CRLF, LF and lone CR in one file, and a last line without a break', () => {
    expect(split('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('reads quoted values with commas, doubled quotes and line breaks', () => {
    expect(split('a,b\n"x, y","say ""hi"""\n"multi\nline",2\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', '2'],
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'a,b\r\n"q,1","r\r\ns"\r\n3,"4"\r\n"""",x\r\n';
    const whole = split(text);
    for (const size of [1, 2, 3, 5, 7]) expect(split(text, size)).toEqual(whole);
    expect(whole).toEqual([
      ['a', 'b'],
      ['q,1', 'r\r\ns'],
      ['3', '4'],
      ['"', 'x'],
    ]);
  });

  it('names the row of an unclosed quote', () => {
    const err = failure('a,b\n1,2\n3,"open\n4,5\n');
    expect(err.code).toBe('QUOTE_NOT_CLOSED');
    expect(err.row).toBe(3);
    expect(err.message).toContain('row 3');
  });

  it('refuses a quote inside an unquoted value', () => {
    const err = failure('a,b\n1,2"x"\n');
    expect(err.code).toBe('INVALID_OPENING_QUOTE');
    expect(err.row).toBe(2);
    expect(err.line).toBe(2);
  });

  it('refuses text after a closing quote', () => {
    const err = failure('a,b\n"1"x,2\n');
    expect(err.code).toBe('INVALID_CLOSING_QUOTE');
    expect(err.row).toBe(2);
  });

  it('counts physical lines past quoted line breaks', () => {
    const err = failure('a,b\n"x\ny",1\n1,2"\n');
    expect(err.row).toBe(3);
    expect(err.line).toBe(4);
  });
});
