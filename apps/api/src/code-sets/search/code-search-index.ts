import { normalizeCode } from '@recode/domain';
import { z } from 'zod';
import type { IndexTerm } from './index-terms';
import { evaluate, TopK, type Evaluation, type IndexData, type QueryMasks } from './search-scoring';
import { contentWords, essentialAndExtra, queryGroups } from './search-tokens';
import { lowerBound, Vocabulary, WordMasks } from './search-vocabulary';

/** One code of a code set, as the index is built from it (a row of `codes`). */
export const CodeRow = z.object({
  code: z.string(),
  billable: z.boolean(),
  shortDescription: z.string(),
  longDescription: z.string(),
});
export type CodeRow = z.infer<typeof CodeRow>;

export interface RankedHit {
  readonly row: CodeRow;
  /** The index entry that ranked the code, when it beat the code's own title. */
  readonly via: string | null;
}

export interface SearchPage {
  /** Every match, for paging. */
  readonly total: number;
  readonly hits: readonly RankedHit[];
}

/** Code bands above the word bands (LEVEL 1–3): exact code, then codes under a typed prefix. */
const BAND = { exact: 6, prefix: 5 } as const;
/** An index entry naming a whole table ("0QB") would spread over hundreds of codes and rank none of them well. */
const MAX_CODES_PER_TERM = 400;
/** A 3-character PCS table ("0SR": every joint replaced) is too broad to rank by. */
const MIN_PREFIX = 4;
const CODE_LIKE = /^[0-9A-Z]{1,7}$/;
const LATER_ENCOUNTER = /,\s*(subsequent encounter|sequela)\b/i;

interface DocSource {
  words: string[];
  essential: number;
  weight: number;
  range: [number, number];
  via: string | null;
}

/**
 * One code set's search index, in memory, built once per set: every code's title and the index entries
 * that lead to it ("documents"), their words in a sorted vocabulary with posting lists (word → documents).
 * A query walks the documents of its most selective word only, checks the other words against each code's
 * few documents and keeps the best page in a bounded heap (ranking: search-scoring.ts).
 */
export class CodeSearchIndex {
  private readonly masks: WordMasks;
  private readonly seen: Uint32Array;
  private stamp = 0;

  private constructor(
    private readonly rows: readonly CodeRow[],
    private readonly codes: readonly string[],
    private readonly wordCodes: readonly Int32Array[],
    private readonly data: IndexData,
  ) {
    this.masks = new WordMasks(data.vocabulary.size);
    this.seen = new Uint32Array(rows.length);
  }

  get size(): number {
    return this.rows.length;
  }

  static build(input: readonly CodeRow[], terms: readonly IndexTerm[]): CodeSearchIndex {
    const rows = [...input].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const codes = rows.map((row) => row.code);
    const sources: DocSource[] = [];
    const add = (
      essential: string[],
      extra: string[],
      weight: number,
      range: [number, number],
      via: string | null,
    ): void => {
      const unique = [...new Set(essential)];
      const words = [...unique, ...new Set(extra.filter((word) => !unique.includes(word)))];
      sources.push({ words, essential: unique.length, weight, range, via });
    };
    rows.forEach((row, i) => {
      const { essential, extra, weight } = essentialAndExtra(row.longDescription);
      add(essential, extra, weight, [i, i + 1], null);
    });
    for (const term of terms) {
      const lo = lowerBound(codes, term.code);
      const exact = codes[lo] === term.code;
      // An index code the year's set has as a header (S06.0X9 without its 7th character) reaches the codes below it.
      const below = term.prefix || (exact && !(rows[lo] as CodeRow).billable);
      const hi = below ? lowerBound(codes, `${term.code}\uffff`) : exact ? lo + 1 : lo;
      // Only codes of this year's set: an index entry never invents a code.
      if (hi === lo || hi - lo > MAX_CODES_PER_TERM || (term.prefix && term.code.length < MIN_PREFIX)) continue;
      const { essential, extra, weight } = essentialAndExtra(term.terms);
      add(essential, [...extra, ...contentWords(term.extra)], weight, [lo, hi], term.label);
    }
    const { vocabulary, ids } = Vocabulary.build(sources.map((s) => s.words));
    const docLo = Int32Array.from(sources, (s) => s.range[0]);
    const docHi = Int32Array.from(sources, (s) => s.range[1]);
    // Documents per code, in document order (so the title comes first), as one flat list.
    const codeDocStart = new Int32Array(rows.length + 1);
    for (const s of sources)
      for (let c = s.range[0]; c < s.range[1]; c += 1) codeDocStart[c + 1] = (codeDocStart[c + 1] as number) + 1;
    for (let c = 0; c < rows.length; c += 1)
      codeDocStart[c + 1] = (codeDocStart[c + 1] as number) + (codeDocStart[c] as number);
    const codeDocList = new Int32Array(codeDocStart[rows.length] as number);
    const fill = codeDocStart.slice(0, rows.length);
    sources.forEach((s, doc) => {
      for (let c = s.range[0]; c < s.range[1]; c += 1) {
        codeDocList[fill[c] as number] = doc;
        fill[c] = (fill[c] as number) + 1;
      }
    });
    // Per word, the codes it reaches through any of their documents: ascending, each once.
    const last = new Int32Array(vocabulary.size).fill(-1);
    const reached: number[][] = Array.from({ length: vocabulary.size }, () => []);
    for (let c = 0; c < rows.length; c += 1) {
      for (let k = codeDocStart[c] as number; k < (codeDocStart[c + 1] as number); k += 1) {
        for (const id of ids[codeDocList[k] as number] as Int32Array) {
          if (last[id] === c) continue;
          last[id] = c;
          (reached[id] as number[]).push(c);
        }
      }
    }
    return new CodeSearchIndex(
      rows,
      codes,
      reached.map((list) => Int32Array.from(list)),
      {
        vocabulary,
        docTokens: ids,
        docEssential: Uint16Array.from(sources, (s) => s.essential),
        docWeight: Float32Array.from(sources, (s) => s.weight),
        docVia: sources.map((s) => s.via),
        docLo,
        docHi,
        codeDocStart,
        codeDocList,
        laterEncounter: Uint8Array.from(rows, (row) => (LATER_ENCOUNTER.test(row.longDescription) ? 1 : 0)),
      },
    );
  }

  /** The page [offset, offset + limit) of the ranked matches, and how many there are. */
  search(q: string, offset = 0, limit = 20): SearchPage {
    const codeQuery = normalizeCode(q);
    let codeLo = 0;
    let codeHi = 0;
    if (CODE_LIKE.test(codeQuery)) {
      codeLo = lowerBound(this.codes, codeQuery);
      codeHi = lowerBound(this.codes, `${codeQuery}\uffff`);
    }
    // "E11.9" is a code, not the words "e11" and "9"; "dm2" or "b12" (no such codes) are words.
    // "S" or "R0" is a code prefix, not every word starting with s.
    const codeOnly = codeHi > codeLo && !/\s/.test(q.trim()) && (/\d/.test(codeQuery) || codeQuery.length <= 2);
    const groups = codeOnly ? [] : queryGroups(q);
    const words = [...new Set(groups.flatMap((g) => g.alternatives.flat()))].slice(0, 30);
    const bit = new Map(words.map((word, w) => [word, 1 << w]));
    const abbreviations = new Set(groups.filter((g) => g.alternatives.length > 1).map((g) => g.word));
    const { vocabulary } = this.data;
    const matched = words.map((word) =>
      vocabulary.match(word, bit.get(word) as number, this.masks, abbreviations.has(word)),
    );
    const reach = new Map(
      words.map((word, w) => [
        word,
        (matched[w] as number[]).reduce((sum, id) => sum + (this.wordCodes[id] as Int32Array).length, 0),
      ]),
    );
    const query: QueryMasks = {
      groups: groups.map((g) =>
        g.alternatives.map((alt) => alt.reduce((mask, word) => mask | (bit.get(word) ?? 0), 0)),
      ),
      wordCount: words.length,
    };
    // The group reaching the fewest documents seeds the walk: per alternative, its narrowest word.
    const narrowest = (alt: readonly string[]): string =>
      alt.reduce((a, b) => ((reach.get(a) ?? 0) <= (reach.get(b) ?? 0) ? a : b));
    const cost = (alts: readonly (readonly string[])[]): number =>
      alts.reduce((sum, alt) => sum + (reach.get(narrowest(alt)) ?? 0), 0);
    const seed = groups.reduce<(typeof groups)[number] | null>(
      (best, g) => (best === null || cost(g.alternatives) < cost(best.alternatives) ? g : best),
      null,
    );
    this.stamp += 1;
    const top = new TopK(offset + limit);
    const result: Evaluation = { band: 0, score: 0, via: null };
    let total = 0;
    const consider = (c: number): void => {
      if (this.seen[c] === this.stamp) return;
      this.seen[c] = this.stamp;
      const inCodeRange = c >= codeLo && c < codeHi;
      let band = inCodeRange ? (this.codes[c] === codeQuery ? BAND.exact : BAND.prefix) : 0;
      // Among code-prefix hits the shorter code (less left to choose) comes first: E11 lists E119 before E1100.
      let score = (10 - (this.codes[c] as string).length) / 10;
      if (query.groups.length > 0) {
        evaluate(this.data, this.masks, query, c, result);
        if (result.band > 0 && result.band >= band) {
          band = result.band;
          score = result.score;
        }
      }
      if (band === 0) return;
      total += 1;
      // One number orders the hits: band, then billable, then score (then code order, in TopK).
      top.push(band * 1e9 + ((this.rows[c] as CodeRow).billable ? 1e8 : 0) + Math.round(score * 1e6), c);
    };
    for (let c = codeLo; c < codeHi; c += 1) consider(c);
    for (const alt of seed?.alternatives ?? []) {
      const word = narrowest(alt);
      for (const id of matched[words.indexOf(word)] ?? [])
        for (const c of this.wordCodes[id] as Int32Array) consider(c);
    }
    const hits = top
      .sorted()
      .slice(offset)
      .map((c) => {
        let via: string | null = null;
        if (query.groups.length > 0) {
          evaluate(this.data, this.masks, query, c, result);
          via = result.band > 0 ? result.via : null;
        }
        return { row: this.rows[c] as CodeRow, via };
      });
    this.masks.clear();
    return { total, hits };
  }
}
