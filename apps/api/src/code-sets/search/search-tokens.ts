import { synonymFor } from './clinical-synonyms';

/** Words too common in code titles to tell codes apart; dropped from titles and queries alike. */
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'or',
  'of',
  'the',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'as',
  'at',
  'nec',
  'nos',
]);

/** Lower-case letter/digit runs, the split rankCodeMatch in @recode/domain uses too. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOPWORDS.has(word));
}

/** Title words that say what a code is not rather than what it is: they may match but need not. */
const FILLER = new Set([
  'unspecified',
  'other',
  'specified',
  'site',
  'not',
  'elsewhere',
  'classified',
  'unsp',
  'oth',
  'part',
]);
/** The 7th-character phrase of injury codes: the same for every code of a family, so it says nothing about the match. */
const ENCOUNTER_PHRASE = /,\s*(initial encounter|subsequent encounter|sequela)\b.*$/i;

/**
 * Title words outside parentheses must match for full coverage; those inside ("(acute)"), filler words
 * and the encounter phrase need not.
 */
export function essentialAndExtra(text: string): { essential: string[]; extra: string[]; weight: number } {
  const outside = contentWords(text.replace(ENCOUNTER_PHRASE, ' ').replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const essential = outside.filter((word) => !FILLER.has(word));
  // Filler words weigh half: "Pneumonia" covers the query "pneumonia" better than "Pneumonia, specified".
  const weight = new Set(essential).size + 0.5 * new Set(outside.filter((word) => FILLER.has(word))).size;
  const all = contentWords(text);
  const left = new Map<string, number>();
  for (const word of essential) left.set(word, (left.get(word) ?? 0) + 1);
  const extra = all.filter((word) => {
    const n = left.get(word) ?? 0;
    if (n > 0) left.set(word, n - 1);
    return n === 0;
  });
  return { essential, extra, weight };
}

/**
 * One typed word and what else it may stand for: a code title must match the word itself or every word
 * of one of its alternatives ("uti" or "urinary tract infection").
 */
export interface QueryGroup {
  readonly word: string;
  readonly alternatives: readonly (readonly string[])[];
}

export function queryGroups(q: string): QueryGroup[] {
  const all = words(q);
  const content = all.filter((word) => !STOPWORDS.has(word));
  // A query of stop words only ("of") is still a query.
  const chosen = [...new Set(content.length > 0 ? content : all)];
  const groups: QueryGroup[] = [];
  for (let i = 0; i < chosen.length && groups.length < 8; i += 1) {
    const word = chosen[i] as string;
    // A two-word abbreviation ("c diff", "carpal tunnel") stands for its expansion as one group.
    const pair = i + 1 < chosen.length ? `${word} ${chosen[i + 1] as string}` : '';
    const pairSynonym = pair ? synonymFor(pair) : undefined;
    if (pairSynonym !== undefined) {
      groups.push({ word: pair, alternatives: [[word, chosen[i + 1] as string], contentWords(pairSynonym)] });
      i += 1;
      continue;
    }
    const synonym = synonymFor(word);
    const expansion = synonym ? contentWords(synonym) : [];
    groups.push({
      word,
      alternatives: expansion.length > 0 && expansion.join(' ') !== word ? [[word], expansion] : [[word]],
    });
  }
  return groups;
}

const SUFFIXES = [
  'ations',
  'ation',
  'ities',
  'ical',
  'ary',
  'ity',
  'ium',
  'ial',
  'ive',
  'ion',
  'ing',
  'ic',
  'al',
  'es',
  'ed',
  'ia',
  'us',
  'um',
  's',
  'y',
  'e',
];

/**
 * A crude stem so that word forms meet ("diabetes"/"diabetic", "myocardial"/"myocardium",
 * "fracture"/"fractured", "urine"/"urinary"); null for short words, which are left as typed.
 */
export function stem(word: string): string | null {
  if (word.length < 5 || /\d/.test(word)) return null;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}
