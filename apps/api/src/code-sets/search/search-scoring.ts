import { LEVEL, type Vocabulary, type WordMasks } from './search-vocabulary';

/** What one code set's index holds, read by the scoring (see CodeSearchIndex for how it is built). */
export interface IndexData {
  readonly vocabulary: Vocabulary;
  /** Per document (a code's title, or an index entry leading to one or more codes): its word ids, essential ones first. */
  readonly docTokens: readonly Int32Array[];
  readonly docEssential: Uint16Array;
  /** The coverage denominator: essential words, filler words at half. */
  readonly docWeight: Float32Array;
  readonly docVia: readonly (string | null)[];
  /** The codes a document leads to: [docLo, docHi). */
  readonly docLo: Int32Array;
  readonly docHi: Int32Array;
  /** The documents of code c, its title first: codeDocList[codeDocStart[c] .. codeDocStart[c + 1]). */
  readonly codeDocStart: Int32Array;
  readonly codeDocList: Int32Array;
  /** 1 for a subsequent-encounter or sequela code: on a tie, the initial encounter comes first. */
  readonly laterEncounter: Uint8Array;
}

/** The query as bit masks: per group (a typed word), its alternatives (the word, or the words it stands for). */
export interface QueryMasks {
  readonly groups: readonly (readonly number[])[];
  readonly wordCount: number;
}

/** A code's word band (0: not every query word matched) and its score within the band; via = the index entry that ranked it. */
export interface Evaluation {
  band: number;
  score: number;
  via: string | null;
}

function levelOf(bit: number, whole: number, start: number, inside: number): number {
  return (whole & bit) !== 0
    ? LEVEL.whole
    : (start & bit) !== 0
      ? LEVEL.start
      : (inside & bit) !== 0
        ? LEVEL.inside
        : 0;
}

/** Whether every group has an alternative whose words are all in `mask`. */
function covers(query: QueryMasks, mask: number): boolean {
  for (const alts of query.groups) {
    let any = false;
    for (const alt of alts) if ((mask & alt) === alt) any = true;
    if (!any) return false;
  }
  return true;
}

/**
 * One code against the query, over its documents. Band: the weakest group, a group as good as its best
 * alternative, an alternative as weak as its weakest word. Score: the best document — all query words in
 * it (with the title's help: "laparoscopic" + "Appendectomy") first, then the share of its own words
 * matched (so "Sepsis" → A41.9 beats "Sepsis due to …"); an index entry wins a tie, the narrower first;
 * then the title's own coverage (the unspecified wrist before the right one when no side was typed).
 */
export function evaluate(data: IndexData, masks: WordMasks, query: QueryMasks, c: number, out: Evaluation): void {
  const { whole, start, inside } = masks;
  let allWhole = 0;
  let allStart = 0;
  let allInside = 0;
  let titleMask = 0;
  let titleCoverage = 0;
  let best = -1;
  let via: string | null = null;
  const end = data.codeDocStart[c + 1] as number;
  for (let k = data.codeDocStart[c] as number; k < end; k += 1) {
    const doc = data.codeDocList[k] as number;
    const tokens = data.docTokens[doc] as Int32Array;
    const essential = data.docEssential[doc] as number;
    let mask = 0;
    let matched = 0;
    let lead = 0;
    for (let i = 0; i < tokens.length; i += 1) {
      const id = tokens[i] as number;
      const w = whole[id] as number;
      const s = start[id] as number;
      const n = inside[id] as number;
      if ((w | s | n) === 0) continue;
      if (lead === i) lead += 1;
      allWhole |= w;
      allStart |= s;
      allInside |= n;
      mask |= w | s | n;
      // A word found inside another ("pneumonia" in "pleuropneumonia") counts half towards coverage.
      if (i < essential) matched += (w | s) !== 0 ? 1 : 0.5;
    }
    const isTitle = data.docVia[doc] === null;
    // An index entry none of whose words matched says nothing about this query.
    if (mask === 0 && !isTitle) continue;
    const coverage = matched / Math.max(1, data.docWeight[doc] as number);
    if (isTitle) {
      titleMask = mask;
      titleCoverage = coverage;
    }
    const together = covers(query, mask | titleMask);
    const width = (data.docHi[doc] as number) - (data.docLo[doc] as number);
    // A title that begins with the query's words ("Oxygen concentrator, …" for "oxygen concentrator") is its
    // head term: lifted, but never above a document the query covers whole (the index's "Diabetes, type 2").
    const head = isTitle && lead >= query.groups.length && lead > 0;
    const score =
      (together ? 2 : 0) + (head ? Math.min(1, coverage + 0.3) : coverage) + (isTitle ? 0 : 0.01 + 0.005 / width);
    if (score > best) {
      best = score;
      via = data.docVia[doc] ?? null;
    }
  }
  let band = query.groups.length > 0 ? LEVEL.whole : 0;
  for (const alts of query.groups) {
    let groupLevel = 0;
    for (const alt of alts) {
      let level: number = LEVEL.whole;
      for (let w = 0; w < query.wordCount && level > 0; w += 1) {
        const bit = 1 << w;
        if ((alt & bit) !== 0) level = Math.min(level, levelOf(bit, allWhole, allStart, allInside));
      }
      groupLevel = Math.max(groupLevel, level);
    }
    band = Math.min(band, groupLevel);
  }
  out.band = band;
  out.score = best + 0.008 * titleCoverage - 0.0005 * (data.laterEncounter[c] as number);
  out.via = via;
}

/** The best k of (key, code) pairs, higher key first, then lower code; a bounded heap instead of sorting every match. */
export class TopK {
  private readonly keys: number[] = [];
  private readonly codes: number[] = [];

  constructor(private readonly k: number) {}

  /** True when (a, ca) ranks after (b, cb). */
  private static worse(a: number, ca: number, b: number, cb: number): boolean {
    return a < b || (a === b && ca > cb);
  }

  push(key: number, code: number): void {
    const { keys, codes } = this;
    if (keys.length === this.k) {
      if (this.k === 0 || !TopK.worse(keys[0] as number, codes[0] as number, key, code)) return;
      keys[0] = key;
      codes[0] = code;
      this.down(0);
      return;
    }
    keys.push(key);
    codes.push(code);
    let i = keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(keys[i] as number, codes[i] as number, keys[parent] as number, codes[parent] as number)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The kept codes, best first. */
  sorted(): number[] {
    const order = this.keys.map((_, i) => i);
    order.sort((a, b) =>
      TopK.worse(this.keys[a] as number, this.codes[a] as number, this.keys[b] as number, this.codes[b] as number)
        ? 1
        : -1,
    );
    return order.map((i) => this.codes[i] as number);
  }

  private down(i: number): void {
    const n = this.keys.length;
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (
          child < n &&
          TopK.worse(
            this.keys[child] as number,
            this.codes[child] as number,
            this.keys[worst] as number,
            this.codes[worst] as number,
          )
        )
          worst = child;
      }
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j] as number, this.keys[i] as number];
    [this.codes[i], this.codes[j]] = [this.codes[j] as number, this.codes[i] as number];
  }
}
