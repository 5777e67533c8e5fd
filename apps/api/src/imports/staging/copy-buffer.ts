/**
 * COPY text accumulated outside the JS heap. Keeping a batch's lines as JS strings would promote
 * them to the old generation (they outlive many young collections) and make garbage collection the
 * largest cost of a big import; written straight into a Buffer, each line dies young.
 */
export class CopyBuffer {
  private buffer: Buffer;
  private used = 0;
  lines = 0;

  constructor(initialBytes = 256 * 1024) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  get bytes(): number {
    return this.used;
  }

  push(line: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const worst = this.used + line.length * 3;
    if (worst > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(worst, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.used += this.buffer.write(line, this.used, 'utf8');
    this.lines += 1;
  }

  /** Appends another buffer's content (its lines count as this buffer's). */
  pushBytes(other: CopyBuffer): void {
    const bytes = other.content();
    if (this.used + bytes.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.used + bytes.length, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    bytes.copy(this.buffer, this.used);
    this.used += bytes.length;
    this.lines += other.lines;
  }

  /** Empties the buffer, keeping its memory for reuse. */
  reset(): void {
    this.used = 0;
    this.lines = 0;
  }

  /** The written bytes (a view, not a copy). */
  content(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}
