import { normalizeCode } from '@recode/domain';
import type { IndexTerm } from './index-terms';
import { contentWords, essentialAndExtra, queryGroups, stem } from './search-tokens';

export interface CodeRow {
  code: string;
  billable: boolean;
  shortDescription: string;
  longDescription: string;
}

export interface RankedHit {
  readonly row: CodeRow;
  /** The index entry that ranked the code, when it beat the code's own title. */
  readonly via: string | null;
}

/** Bands, best first: exact code, code prefix, then every word whole, at a word start, anywhere. */
const BAND = { exact: 6, prefix: 5, whole: 3, start: 2, inside: 1 } as const;
/** An index entry naming a whole table ("0QB") would spread over hundreds of codes and rank none of them well. */
const MAX_CODES_PER_TERM = 400;
/** A 3-character PCS table ("0SR": every joint replaced) is too broad to rank by. */
const MIN_PREFIX = 4;
const CODE_LIKE = /^[0-9A-Z]{1,7}$/;

/** One query word against every code: its best level per code, and the codes it reached. */
interface WordMatch {
  levels: Uint8Array;
  codes: number[];
}

/** How many codes the words of a group reach: the smallest group seeds the search. */
function spread(alts: readonly WordMatch[][]): number {
  return alts.reduce((sum, alt) => sum + Math.min(...alt.map((m) => m.codes.length)), 0);
}

/** A group's level at a code: the best alternative, each as weak as its weakest word. */
function groupLevel(alts: readonly WordMatch[][], c: number): number {
  let best = 0;
  for (const alt of alts) {
    let level = 255;
    for (const m of alt) level = Math.min(level, m.levels[c] as number);
    if (level > best) best = level;
  }
  return best;
}

function lowerBound(sorted: readonly string[], key: string): number {
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
 * One code set's search index, in memory: every code's title and the index entries that lead to it
 * ("documents"), each a list of word ids, with an inverted list from word to documents. A query word
 * matches a title word whole, at its start, or inside it; a code's band is the weakest of its query
 * words, and within a band the document that covers the most of its own words ranks the code (so
 * "Sepsis" → A41.9 beats "Sepsis due to …").
 */
export class CodeSearchIndex {
  private readonly vocab: string[] = [];
  private readonly postings: number[][] = [];
  private readonly docTokens: Int32Array[] = [];
  private readonly docEssential: number[] = [];
  /** The coverage denominator: essential words, filler words at half. */
  private readonly docWeight: number[] = [];
  private readonly docVia: (string | null)[] = [];
  private readonly docRange: [number, number][] = [];
  private readonly codeDocs: number[][];
  private readonly codes: string[];

  private constructor(private readonly rows: readonly CodeRow[]) {
    this.codes = rows.map((row) => row.code);
    this.codeDocs = rows.map(() => []);
  }

  get size(): number {
    return this.rows.length;
  }

  static build(rows: readonly CodeRow[], terms: readonly IndexTerm[]): CodeSearchIndex {
    const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const index = new CodeSearchIndex(sorted);
    const vocabIds = new Map<string, number>();
    const tokenId = (word: string): number => {
      let id = vocabIds.get(word);
      if (id === undefined) {
        id = index.vocab.length;
        vocabIds.set(word, id);
        index.vocab.push(word);
        index.postings.push([]);
      }
      return id;
    };
    const addDoc = (essential: string[], extra: string[], weight: number, range: [number, number], via: string | null): void => {
      const doc = index.docTokens.length;
      const ids = [...new Set([...essential, ...extra])].map(tokenId);
      index.docTokens.push(Int32Array.from(ids));
      index.docEssential.push(new Set(essential).size);
      index.docWeight.push(weight);
      index.docVia.push(via);
      index.docRange.push(range);
      for (const id of ids) index.postings[id]?.push(doc);
      for (let c = range[0]; c < range[1]; c += 1) index.codeDocs[c]?.push(doc);
    };
    sorted.forEach((row, i) => {
      const { essential, extra, weight } = essentialAndExtra(row.longDescription);
      addDoc(essential, extra, weight, [i, i + 1], null);
    });
    for (const term of terms) {
      const lo = lowerBound(index.codes, term.code);
      const hi = term.prefix ? lowerBound(index.codes, `${term.code}\uffff`) : index.codes[lo] === term.code ? lo + 1 : lo;
      // Only codes of this year's set: an index entry never invents a code.
      if (hi === lo || hi - lo > MAX_CODES_PER_TERM || (term.prefix && term.code.length < MIN_PREFIX)) continue;
      const { essential, extra, weight } = essentialAndExtra(term.terms);
      addDoc(essential, [...extra, ...contentWords(term.extra)], weight, [lo, hi], term.label);
    }
    return index;
  }

  /** Every match ranked; the caller pages. */
  search(q: string): RankedHit[] {
    const n = this.codes.length;
    const band = new Uint8Array(n);
    const codeQuery = normalizeCode(q);
    let codeRange: [number, number] = [0, 0];
    if (CODE_LIKE.test(codeQuery)) {
      codeRange = [lowerBound(this.codes, codeQuery), lowerBound(this.codes, `${codeQuery}\uffff`)];
      for (let c = codeRange[0]; c < codeRange[1]; c += 1) band[c] = this.codes[c] === codeQuery ? BAND.exact : BAND.prefix;
    }
    const codeHits = codeRange[1] - codeRange[0];
    // "E11.9" is a code, not the words "e11" and "9"; "dm2" or "b12" (no such codes) are words.
    // "S" or "R0" is a code prefix, not every word starting with s.
    const codeOnly = codeHits > 0 && !/\s/.test(q.trim()) && (/\d/.test(codeQuery) || codeQuery.length <= 2);
    const groups = codeOnly ? [] : queryGroups(q);
    const wordList = [...new Set(groups.flatMap((g) => g.alternatives.flat()))].slice(0, 30);
    const tokenMask = new Int32Array(this.vocab.length);
    const insideMask = new Int32Array(this.vocab.length);
    const wordIndex = new Map(wordList.map((word, w) => [word, w]));
    const matched = wordList.map((word, w) => this.wordLevels(word, 1 << w, tokenMask, insideMask));
    const groupAlts = groups.map((g) => g.alternatives.map((alt) => alt.map((word) => matched[wordIndex.get(word) ?? 0] as WordMatch)));
    const groupMasks = groups.map((g) => g.alternatives.map((alt) => alt.reduce((mask, word) => mask | (1 << (wordIndex.get(word) ?? 0)), 0)));
    // Walk the codes of the most selective query word only; the other words are checked per code.
    const seed = groupAlts.reduce<WordMatch[][] | null>((best, alts) => (best === null || spread(alts) < spread(best) ? alts : best), null);
    const seen = new Uint8Array(n);
    const keys: number[] = [];
    const vias = new Map<number, string>();
    const consider = (c: number): void => {
      if (seen[c] === 1) return;
      seen[c] = 1;
      let words = groupAlts.length > 0 ? 255 : 0;
      for (const alts of groupAlts) words = Math.min(words, groupLevel(alts, c));
      const codeBand = band[c] as number;
      if (codeBand === 0 && words === 0) return;
      // Among code-prefix hits the shorter code (less left to choose) comes first: E11 lists E119 before E1100.
      let score = (10 - (this.codes[c] as string).length) / 10;
      if (words > 0) {
        const best = this.score(c, tokenMask, insideMask, groupMasks);
        score = best.score;
        if (best.via !== null) vias.set(c, best.via);
      }
      const row = this.rows[c] as CodeRow;
      // One number orders the hits: band, then billable, then score (then code order, below).
      keys.push(Math.max(codeBand, words) * 1e9 + (row.billable ? 1e8 : 0) + Math.round(score * 1e6), c);
    };
    for (let c = codeRange[0]; c < codeRange[1]; c += 1) consider(c);
    for (const alt of seed ?? []) {
      const narrowest = alt.reduce((a, b) => (a.codes.length <= b.codes.length ? a : b));
      for (const c of narrowest.codes) consider(c);
    }
    const order: number[] = [];
    for (let i = 0; i < keys.length; i += 2) order.push(i);
    order.sort((a, b) => (keys[b] as number) - (keys[a] as number) || (keys[a + 1] as number) - (keys[b + 1] as number));
    return order.map((i) => {
      const c = keys[i + 1] as number;
      return { row: this.rows[c] as CodeRow, via: vias.get(c) ?? null };
    });
  }

  /** How well one query word matches each code (0 none, else a BAND), marking the matched title words in tokenMask. */
  private wordLevels(word: string, bit: number, tokenMask: Int32Array, insideMask: Int32Array): WordMatch {
    const levels = new Uint8Array(this.codes.length);
    const codes: number[] = [];
    const vocab = this.vocab;
    const inside = word.length >= 3;
    const wordStem = stem(word);
    for (let id = 0; id < vocab.length; id += 1) {
      const token = vocab[id] as string;
      const level =
        token === word
          ? BAND.whole
          : token.startsWith(word)
            ? BAND.start
            : wordStem !== null && token.startsWith(wordStem)
              ? stem(token) === wordStem
                ? BAND.whole
                : BAND.start
              : inside && token.includes(word)
                ? BAND.inside
                : 0;
      if (level === 0) continue;
      // A word found inside another ("pneumonia" in "pleuropneumonia") counts half towards coverage.
      if (level >= BAND.start) tokenMask[id] = (tokenMask[id] as number) | bit;
      else insideMask[id] = (insideMask[id] as number) | bit;
      const docs = this.postings[id] as number[];
      for (const doc of docs) {
        const range = this.docRange[doc] as [number, number];
        for (let c = range[0]; c < range[1]; c += 1) {
          const was = levels[c] as number;
          if (was === 0) codes.push(c);
          if (was < level) levels[c] = level;
        }
      }
    }
    return { levels, codes };
  }

  /** The best document of a code: all query words in one document first, then the share of its own words matched. */
  private score(c: number, tokenMask: Int32Array, insideMask: Int32Array, groupMasks: readonly number[][]): { score: number; via: string | null } {
    let best = -1;
    let via: string | null = null;
    // The code's own title comes first; an index entry may lean on it ("laparoscopic" + "Appendectomy").
    let titleMask = 0;
    for (const doc of this.codeDocs[c] ?? []) {
      const tokens = this.docTokens[doc] as Int32Array;
      const essential = this.docEssential[doc] as number;
      let mask = 0;
      let matched = 0;
      for (let i = 0; i < tokens.length; i += 1) {
        const whole = tokenMask[tokens[i] as number] as number;
        const inside = insideMask[tokens[i] as number] as number;
        mask |= whole | inside;
        if (i < essential) matched += whole !== 0 ? 1 : inside !== 0 ? 0.5 : 0;
      }
      const isTitle = this.docVia[doc] === null;
      if (isTitle) titleMask = mask;
      const together = groupMasks.every((alts) => alts.some((alt) => ((mask | titleMask) & alt) === alt));
      // An index entry wins a tie (it is the path an encoder would have taken), the narrower entry first
      // (Appendectomy → Resection, Appendix, 4 codes, before Excision, Appendix, 8 with the diagnostic ones).
      const range = this.docRange[doc] as [number, number];
      const score = (together ? 2 : 0) + matched / Math.max(1, this.docWeight[doc] as number) + (isTitle ? 0 : 0.01 + 0.005 / (range[1] - range[0]));
      if (score > best) {
        best = score;
        via = this.docVia[doc] ?? null;
      }
    }
    return { score: best, via };
  }
}
