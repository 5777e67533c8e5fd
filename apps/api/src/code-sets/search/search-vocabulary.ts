import { stem } from './search-tokens';

/** How a query word meets a title word, best first: the same word or word form, its start, inside it. */
export const LEVEL = { whole: 3, start: 2, inside: 1 } as const;

export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per query, the words of the vocabulary each query word matched, as bit masks (bit w = query word w) per
 * level. Reused from query to query (searches run one at a time): `clear` resets only the touched entries.
 */
export class WordMasks {
  readonly whole: Int32Array;
  readonly start: Int32Array;
  readonly inside: Int32Array;
  private readonly touched: number[] = [];

  constructor(size: number) {
    this.whole = new Int32Array(size);
    this.start = new Int32Array(size);
    this.inside = new Int32Array(size);
  }

  mark(id: number, level: number, bit: number): void {
    this.touched.push(id);
    const masks = level === LEVEL.whole ? this.whole : level === LEVEL.start ? this.start : this.inside;
    masks[id] = (masks[id] as number) | bit;
  }

  clear(): void {
    for (const id of this.touched) {
      this.whole[id] = 0;
      this.start[id] = 0;
      this.inside[id] = 0;
    }
    this.touched.length = 0;
  }
}

/**
 * The words of a code set's titles and index entries, sorted.
 * Whole words and word starts are found by binary search; words inside words by one scan, only for query
 * words of four letters or more that are not abbreviations ("oxem" → hypoxemia, but "tia" is not "initial").
 */
export class Vocabulary {
  /** Every word, one per line, and where each starts: words inside words are found by indexOf over it. */
  private readonly joined: string;
  private readonly starts: Int32Array;

  private constructor(readonly tokens: readonly string[]) {
    this.joined = `${tokens.join('\n')}\n`;
    this.starts = new Int32Array(tokens.length);
    let at = 0;
    tokens.forEach((token, id) => {
      this.starts[id] = at;
      at += token.length + 1;
    });
  }

  /** Words sorted; `docs` lists each document's words, returns the id of each word in that order. */
  static build(docs: readonly (readonly string[])[]): { vocabulary: Vocabulary; ids: Int32Array[] } {
    const tokens = [...new Set(docs.flat())].sort();
    const idOf = new Map(tokens.map((token, id) => [token, id]));
    const ids = docs.map((doc) => Int32Array.from(doc, (token) => idOf.get(token) as number));
    return { vocabulary: new Vocabulary(tokens), ids };
  }

  get size(): number {
    return this.tokens.length;
  }

  /**
   * Marks the words `word` matches with `bit`; returns their ids. A short abbreviation with an expansion
   * ("uti", "mi") matches whole words only: as a start it would find "utility" and "mild"; no abbreviation
   * is looked for inside words.
   */
  match(word: string, bit: number, masks: WordMasks, abbreviation: boolean): number[] {
    const found: number[] = [];
    const seen = new Set<number>();
    const add = (id: number, level: number): void => {
      if (seen.has(id)) return;
      seen.add(id);
      masks.mark(id, level, bit);
      found.push(id);
    };
    const wordStem = stem(word);
    if (wordStem !== null && wordStem !== word) {
      for (
        let id = lowerBound(this.tokens, wordStem);
        id < this.tokens.length && (this.tokens[id] as string).startsWith(wordStem);
        id += 1
      ) {
        const token = this.tokens[id] as string;
        add(id, token === word || stem(token) === wordStem ? LEVEL.whole : LEVEL.start);
      }
    }
    const first = lowerBound(this.tokens, word);
    // One letter ("hepatitis c", "e coli") is a whole word only: as a start it would match a sixth of the vocabulary.
    for (let id = first; id < this.tokens.length && (this.tokens[id] as string).startsWith(word); id += 1) {
      const token = this.tokens[id] as string;
      if (token === word || (wordStem !== null && stem(token) === wordStem)) add(id, LEVEL.whole);
      else if (word.length > 1 && !(abbreviation && word.length <= 4)) add(id, LEVEL.start);
    }
    if (!abbreviation && word.length >= 4) {
      for (let at = this.joined.indexOf(word); at >= 0; at = this.joined.indexOf(word, at + 1)) {
        const id = this.tokenAt(at);
        add(id, LEVEL.inside);
        // On to the next word: one hit per word is enough.
        at = (this.starts[id] as number) + (this.tokens[id] as string).length;
      }
    }
    return found;
  }

  /** The word the joined list has at a position. */
  private tokenAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
