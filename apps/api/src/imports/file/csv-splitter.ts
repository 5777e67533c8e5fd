/**
 * A streaming RFC 4180 reader, written for speed on the common case: a line without a double quote
 * is split on commas directly; only lines with quotes go through the character-by-character path
 * (which also handles line breaks inside quotes). Accepts CRLF, LF and lone CR, mixed.
 * Problems are thrown as CsvSyntaxError with the record (row) and physical line where they occur.
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: 'QUOTE_NOT_CLOSED' | 'INVALID_OPENING_QUOTE' | 'INVALID_CLOSING_QUOTE' | 'RECORD_TOO_LONG',
    message: string,
    readonly row: number,
    readonly line: number,
  ) {
    super(message);
  }
}

export class CsvSplitter {
  private rest = '';
  /** Records emitted so far (the header counts). */
  private row = 0;
  /** Physical lines consumed so far. */
  private line = 0;

  constructor(private readonly maxRecordChars = 1024 * 1024) {}

  /** Feeds decoded text; returns the complete records it contains (empty lines are skipped). */
  push(chunk: string, out: string[][] = []): string[][] {
    const text = this.rest + chunk;
    let pos = 0;
    // Searched once and reused until passed: re-searching per line would rescan quote-free text.
    let quote = text.indexOf('"');
    for (;;) {
      const nl = text.indexOf('\n', pos);
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (quote !== -1 && (nl === -1 || quote < nl)) {
        const end = this.quotedRecord(text, pos, out, false);
        if (end === -1) break;
        pos = end;
        continue;
      }
      if (nl === -1) break;
      this.plainLines(text.slice(pos, nl), out);
      pos = nl + 1;
    }
    this.rest = text.slice(pos);
    if (this.rest.length > this.maxRecordChars) {
      throw new CsvSyntaxError(
        'RECORD_TOO_LONG',
        `row ${this.row + 1} is longer than ${this.maxRecordChars} characters`,
        this.row + 1,
        this.line + 1,
      );
    }
    return out;
  }

  /** End of input: the last line may lack a line break; an open quote is an error. */
  finish(out: string[][] = []): string[][] {
    if (this.rest.length === 0) return out;
    if (this.rest.includes('"')) this.quotedRecord(this.rest, 0, out, true);
    else this.plainLines(this.rest, out);
    this.rest = '';
    return out;
  }

  /** A line up to (not including) "\n"; a lone CR inside it also ends a record. */
  private plainLines(segment: string, out: string[][]): void {
    this.line += 1;
    const body = segment.endsWith('\r') ? segment.slice(0, -1) : segment;
    if (body.indexOf('\r') !== -1) {
      for (const part of body.split('\r')) this.emitPlain(part, out);
      return;
    }
    this.emitPlain(body, out);
  }

  private emitPlain(body: string, out: string[][]): void {
    if (body.length === 0) return;
    this.row += 1;
    out.push(body.split(','));
  }

  /** Parses one record that contains quotes, starting at `start`. Returns the index after it, or -1 when more input is needed. */
  private quotedRecord(text: string, start: number, out: string[][], final: boolean): number {
    const fields: string[] = [];
    let field = '';
    let i = start;
    let lines = 1;
    const row = this.row + 1;
    for (;;) {
      if (i < text.length && text.charCodeAt(i) === 0x22) {
        if (field.length > 0)
          throw this.error('INVALID_OPENING_QUOTE', `a double quote (") appears inside an unquoted value`, row, lines);
        // Quoted field: up to the closing quote; "" is a literal quote.
        i += 1;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            if (!final) return -1;
            throw new CsvSyntaxError(
              'QUOTE_NOT_CLOSED',
              `a quoted value that starts in row ${row} (line ${this.line + 1}) is never closed: the file ends inside quotes`,
              row,
              this.line + 1,
            );
          }
          field += text.slice(i, q);
          lines += countBreaks(text, i, q);
          if (text.charCodeAt(q + 1) === 0x22) {
            field += '"';
            i = q + 2;
            continue;
          }
          if (q + 1 >= text.length && !final) return -1;
          i = q + 1;
          break;
        }
        const next = text.charCodeAt(i);
        if (i < text.length && next !== 0x2c && next !== 0x0a && next !== 0x0d) {
          throw this.error(
            'INVALID_CLOSING_QUOTE',
            'a quoted value is followed by other characters before the next comma',
            row,
            lines,
          );
        }
        continue;
      }
      if (i >= text.length) {
        if (!final) return -1;
        fields.push(field);
        return this.emitQuoted(fields, lines, out, i);
      }
      const ch = text.charCodeAt(i);
      if (ch === 0x2c) {
        fields.push(field);
        field = '';
        i += 1;
      } else if (ch === 0x0a || ch === 0x0d) {
        fields.push(field);
        const after = ch === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
        if (ch === 0x0d && i + 1 >= text.length && !final) return -1;
        return this.emitQuoted(fields, lines, out, after);
      } else {
        const stop = nextSpecial(text, i);
        field += text.slice(i, stop);
        i = stop;
      }
    }
  }

  private emitQuoted(fields: string[], lines: number, out: string[][], end: number): number {
    this.row += 1;
    this.line += lines;
    out.push(fields);
    return end;
  }

  private error(code: CsvSyntaxError['code'], what: string, row: number, lineOffset: number): CsvSyntaxError {
    const line = this.line + lineOffset;
    return new CsvSyntaxError(
      code,
      `Broken quoting in row ${row} (line ${line}): ${what}. Quote the whole value and double any quote inside it ("")`,
      row,
      line,
    );
  }
}

function nextSpecial(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 0x2c || ch === 0x0a || ch === 0x0d || ch === 0x22) return i;
  }
  return text.length;
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
