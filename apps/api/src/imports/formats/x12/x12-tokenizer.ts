import { ImportFileError } from '../../file/import-file-error';

/** One X12 segment: `elements[0]` is the segment id; `position` counts segments from 1 over the whole file. */
export interface X12Segment {
  id: string;
  elements: string[];
  position: number;
  /** Character offset of the segment in the file (after a BOM), for messages. */
  offset: number;
  /** The separators of the interchange the segment belongs to. */
  separators: X12Separators;
}

export interface X12Separators {
  element: string;
  component: string;
  repetition: string;
  segment: string;
}

/** ISA is fixed-width: 106 characters including its terminator; the separators sit at fixed places. */
const ISA_LENGTH = 106;
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
/** A segment longer than this is not X12: the terminator is wrong or missing. */
const MAX_SEGMENT = 64 * 1024;

/**
 * Splits a stream of text into X12 segments with the separators each ISA declares (element separator
 * at ISA position 4, repetition ISA11, component ISA16, segment terminator right after it). Holds
 * at most one unfinished segment between chunks, so memory does not grow with the file. Line breaks
 * after a terminator (a common "pretty" layout) are ignored.
 */
export class X12Tokenizer {
  private buffer = '';
  /** Offset in the file of buffer[0]. */
  private base = 0;
  private position = 0;
  private separators: X12Separators | null = null;

  push(chunk: string): X12Segment[] {
    this.buffer += chunk;
    return this.drain(false);
  }

  finish(): X12Segment[] {
    const out = this.drain(true);
    if (this.buffer.trim()) {
      const text = this.buffer.trim().slice(0, 40);
      throw new ImportFileError(
        'IMPORT_X12_TRUNCATED',
        `The file ends inside a segment after segment ${this.position} ("${text}"): the file is truncated or the segment terminator is missing`,
        [{ path: `x12:segment:${this.position + 1}`, message: 'unterminated segment' }],
      );
    }
    return out;
  }

  private drain(final: boolean): X12Segment[] {
    const out: X12Segment[] = [];
    let start = 0;
    const buffer = this.buffer;
    for (;;) {
      while (start < buffer.length && isSpace(buffer.charCodeAt(start))) start += 1;
      if (start >= buffer.length) break;
      if (!this.separators) {
        if (buffer.length - start < ISA_LENGTH) {
          if (final) this.notIsa(buffer.slice(start), start);
          break;
        }
        const isa = this.readIsa(buffer.slice(start, start + ISA_LENGTH), start);
        out.push(isa);
        start += ISA_LENGTH;
        continue;
      }
      const end = buffer.indexOf(this.separators.segment, start);
      if (end < 0) {
        if (buffer.length - start > MAX_SEGMENT) this.tooLong(start);
        break;
      }
      const segment = this.makeSegment(buffer.slice(start, end), start);
      out.push(segment);
      start = end + 1;
      if (segment.id === 'IEA') this.separators = null;
    }
    this.buffer = buffer.slice(start);
    this.base += start;
    return out;
  }

  private readIsa(text: string, at: number): X12Segment {
    if (!text.startsWith('ISA')) this.notIsa(text, at);
    const element = text.charAt(3);
    const segment = text.charAt(105);
    const component = text.charAt(104);
    const repetition = text.charAt(82);
    const elements = text.slice(0, 105).split(element);
    // ISA16 is one character: a longer one means the fixed widths are off (a short ISA would read the character
    // after it, often a line break, as the terminator and fail much later with a misleading count).
    if (
      elements.length !== 17 ||
      (elements[16] ?? '').length !== 1 ||
      /[A-Za-z0-9 ]/.test(element) ||
      /[A-Za-z0-9]/.test(segment) ||
      segment === element
    ) {
      this.position += 1;
      throw new ImportFileError(
        'IMPORT_X12_SEPARATORS',
        `Segment ${this.position} (character ${this.base + at}): the ISA header is not the fixed 106 characters with 16 elements, so its separators cannot be read (element separator "${element}", segment terminator "${segment}")`,
        [{ path: `x12:segment:${this.position}`, message: 'malformed ISA' }],
      );
    }
    this.separators = { element, component, repetition: repetition === 'U' ? '' : repetition, segment };
    this.position += 1;
    return { id: 'ISA', elements, position: this.position, offset: this.base + at, separators: this.separators };
  }

  private makeSegment(text: string, at: number): X12Segment {
    const separators = this.separators as X12Separators;
    const elements = text.split(separators.element);
    const id = elements[0] ?? '';
    this.position += 1;
    if (!SEGMENT_ID.test(id)) {
      throw new ImportFileError(
        'IMPORT_X12_SEGMENT_ID',
        `Segment ${this.position} (character ${this.base + at}) has no valid segment id ("${text.slice(0, 20)}"): an id is 2–3 capital letters or digits. The separators may be wrong or a segment may be cut`,
        [{ path: `x12:segment:${this.position}`, message: `bad segment id "${id.slice(0, 10)}"` }],
      );
    }
    return { id, elements, position: this.position, offset: this.base + at, separators };
  }

  private notIsa(text: string, at: number): never {
    const what =
      this.position === 0
        ? 'The file does not start with an ISA interchange header'
        : `After the IEA at segment ${this.position} the next interchange does not start with ISA`;
    throw new ImportFileError(
      'IMPORT_X12_ISA_MISSING',
      `${what} (character ${this.base + at}: "${text.trim().slice(0, 20)}"), or the ISA is shorter than its fixed 106 characters`,
      [{ path: `x12:segment:${this.position + 1}`, message: 'ISA expected' }],
    );
  }

  private tooLong(at: number): never {
    throw new ImportFileError(
      'IMPORT_X12_SEPARATORS',
      `Segment ${this.position + 1} (character ${this.base + at}) runs over 64 KB without a segment terminator "${this.separators?.segment}": the terminator the ISA declares is not used in the file`,
      [{ path: `x12:segment:${this.position + 1}`, message: 'no segment terminator' }],
    );
  }
}

function isSpace(c: number): boolean {
  return c === 10 || c === 13 || c === 32 || c === 9;
}
