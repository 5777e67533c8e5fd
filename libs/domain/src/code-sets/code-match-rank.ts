import { normalizeCode } from './code-system';

export interface CodeCandidate {
  readonly code: string;
  readonly description: string;
}

/**
 * Score bands, far enough apart that the in-band bonuses never cross them:
 * exact code > code prefix > every query word starts a description word > every word appears anywhere.
 */
export const CODE_MATCH_SCORES = {
  exactCode: 1000,
  codePrefix: 800,
  wordStarts: 600,
  wordsAnywhere: 400,
  none: 0,
} as const;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * Pure so that the API can re-rank SQL results and the picker can rank cached ones the same way.
 * The query may be a code with or without its dot ("e11.9") or words from the description.
 */
export function rankCodeMatch(query: string, candidate: CodeCandidate): number {
  const codeQuery = normalizeCode(query);
  if (codeQuery.length === 0) return CODE_MATCH_SCORES.none;
  const code = normalizeCode(candidate.code);
  if (code === codeQuery) return CODE_MATCH_SCORES.exactCode;
  // A shorter remainder ranks first, so E11 lists E119 before E11649.
  if (code.startsWith(codeQuery))
    return CODE_MATCH_SCORES.codePrefix + Math.max(1, 100 - (code.length - codeQuery.length));

  const queryWords = words(query);
  if (queryWords.length === 0) return CODE_MATCH_SCORES.none;
  const descriptionWords = words(candidate.description);
  if (queryWords.every((word) => descriptionWords.some((candidateWord) => candidateWord.startsWith(word)))) {
    // Whole-word hits ("type 2" matching "2" rather than "25") rank first within the band.
    const wholeWords = queryWords.filter((word) => descriptionWords.includes(word)).length;
    return CODE_MATCH_SCORES.wordStarts + Math.min(wholeWords, 19) * 10;
  }
  const description = candidate.description.toLowerCase();
  if (queryWords.every((word) => description.includes(word))) return CODE_MATCH_SCORES.wordsAnywhere;
  return CODE_MATCH_SCORES.none;
}

/** Matching candidates, best first; equal scores fall back to code order (code-unit comparison) for stability. */
export function rankCodeMatches<T extends CodeCandidate>(query: string, candidates: readonly T[]): T[] {
  return candidates
    .map((candidate) => ({ candidate, score: rankCodeMatch(query, candidate), code: normalizeCode(candidate.code) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((entry) => entry.candidate);
}
