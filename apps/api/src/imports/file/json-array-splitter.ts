/**
 * Splits a JSON array arriving in chunks into the text of its top-level elements, without holding
 * more than one element in memory. It only tracks strings, escapes and nesting depth; each element
 * is then parsed with JSON.parse, which reports anything else that is wrong with it.
 */
export class JsonArraySplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private ended = false;
  private current = '';
  private offset = 0;
  private elementStart = 0;

  /** Feeds a chunk; returns the elements completed within it, with the character offset where each starts. */
  push(chunk: string): { text: string; offset: number }[] {
    const out: { text: string; offset: number }[] = [];
    let from = 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const ch = chunk.charCodeAt(i);
      const at = this.offset + i;
      if (this.ended) {
        if (!isSpace(ch)) throw new JsonShapeError(`unexpected text after the closing ] at character ${at}`, at);
        continue;
      }
      if (!this.started) {
        if (isSpace(ch)) continue;
        if (ch !== 0x5b)
          throw new JsonShapeError(`expected the file to start with [ but found "${chunk[i]}" at character ${at}`, at);
        this.started = true;
        from = i + 1;
        this.elementStart = at + 1;
        continue;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === 0x5c) this.escaped = true;
        else if (ch === 0x22) this.inString = false;
        continue;
      }
      if (ch === 0x22) this.inString = true;
      else if (ch === 0x7b || ch === 0x5b) this.depth += 1;
      else if (ch === 0x7d || ch === 0x5d) {
        if (this.depth === 0 && ch === 0x5d) {
          this.emit(chunk.slice(from, i), out);
          this.ended = true;
          continue;
        }
        this.depth -= 1;
        if (this.depth < 0) throw new JsonShapeError(`unbalanced "${chunk[i]}" at character ${at}`, at);
      } else if (ch === 0x2c && this.depth === 0) {
        this.emit(chunk.slice(from, i), out);
        from = i + 1;
        this.elementStart = at + 1;
      }
    }
    if (!this.ended) this.current += chunk.slice(from);
    this.offset += chunk.length;
    return out;
  }

  /** Call at the end of input: a missing ] or an unfinished element is an error. */
  finish(): void {
    if (!this.started) throw new JsonShapeError('the file holds no JSON array', this.offset);
    if (!this.ended)
      throw new JsonShapeError(
        `the JSON array is not closed: the file ends at character ${this.offset} without ]`,
        this.offset,
      );
  }

  private emit(tail: string, out: { text: string; offset: number }[]): void {
    const text = (this.current + tail).trim();
    this.current = '';
    if (text) out.push({ text, offset: this.elementStart });
  }
}

export class JsonShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09;
}
