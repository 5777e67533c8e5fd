import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/**
 * One entry of an official alphabetic index, flattened: the path of terms a coder reads down
 * ("Diabetes, type 2") and the code it leads to. PCS entries lead to a code prefix ("0DTJ": the
 * table row), which the search spreads over the year's codes that start with it.
 */
export interface IndexTerm {
  /** The terms of the path, main term first: the words that must match. */
  readonly terms: string;
  /** Non-essential modifiers and the "see" target: they may match but need not. */
  readonly extra: string;
  /** As stored (no dot); a prefix when `prefix` is true. */
  readonly code: string;
  readonly prefix: boolean;
  /** What the picker shows beside the code ("Appendectomy → see Resection, Appendix"). */
  readonly label: string;
}

export const CM_INDEX_FILE = 'icd10cm-index-2025.csv.gz';
export const PCS_INDEX_FILE = 'icd10pcs-index-2025.xml.gz';

const storedCode = (raw: string): string => raw.replace(/[.-]/g, '').trim().toUpperCase();

/** The ICD-10-CM Alphabetic Index (CSV, one row per entry, nesting by level); "see" references take their target's code. */
export function parseCmIndex(csv: string): IndexTerm[] {
  const rows: string[][] = parse(csv, { from_line: 2, relax_column_count: true });
  const stack: string[] = [];
  const byPath = new Map<string, { code: string; prefix: boolean }>();
  const pending: { terms: string; extra: string; see: string }[] = [];
  const out: IndexTerm[] = [];
  // Per level: the essential term, and what may match but need not (word forms, non-essential modifiers).
  const extras: string[] = [];
  for (const [, , levelText, term = '', see = '', seeAlso = '', nonEssential = '', code = ''] of rows) {
    const level = Number(levelText);
    if (!Number.isInteger(level) || level < 0) continue;
    stack.length = level;
    extras.length = level;
    stack[level] = term.trim();
    // A term may list its word forms ("Infection, infected, infective"): the first must match, the rest may.
    const [first = '', ...forms] = term.split(',');
    extras[level] = `${forms.join(' ')} ${nonEssential}`;
    const terms = [...stack.slice(0, level).map((t) => t.split(',')[0] ?? ''), first.trim()].join(', ');
    const extra = extras.join(' ');
    if (code.trim()) {
      const stored = storedCode(code);
      // "S72.9-": the index leaves the last characters to the tabular list, so the entry reaches every code below.
      const prefix = code.trim().endsWith('-');
      // Keyed by the first word form of each term: "see Calculus, gallbladder" names "Calculus, calculi, calculous".
      byPath.set(terms.toLowerCase(), { code: stored, prefix });
      out.push({ terms, extra, code: stored, prefix, label: terms });
    } else if (see.trim() || seeAlso.trim()) {
      // Without a code of its own, "see also" is where the entry leads ("Pyelonephritis → see also Nephritis, tubulo-interstitial").
      pending.push({ terms, extra, see: (see.trim() || seeAlso.trim()).replace(/\s+/g, ' ') });
    }
  }
  for (const entry of pending) {
    const target = byPath.get(entry.see.toLowerCase());
    // The target's words are extra: "Septicemia → see Sepsis" is found by either word.
    if (target)
      out.push({
        terms: entry.terms,
        extra: `${entry.extra} (${entry.see})`,
        ...target,
        label: `${entry.terms} → see ${entry.see}`,
      });
  }
  return out;
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The ICD-10-PCS Index (CMS XML). The file puts one element per line, so a line scanner keeps the
 * path of titles by level without an XML library: <mainTerm> is level 0, <term level="n"> level n.
 */
export function parsePcsIndex(xml: string): IndexTerm[] {
  const stack: string[] = [];
  let level = 0;
  const out: IndexTerm[] = [];
  for (const line of xml.split('\n')) {
    const termLevel = /<term level="(\d+)">/.exec(line);
    if (line.includes('<mainTerm>') || termLevel) {
      // Entering an entry: deeper titles of the previous sibling no longer apply.
      level = termLevel ? Number(termLevel[1]) : 0;
      stack.length = level;
      continue;
    }
    const title = /<title>(.*?)<\/title>/.exec(line);
    if (title) {
      stack[level] = unescapeXml(title[1] ?? '');
      continue;
    }
    const target = /<(codes|code|tab)>([0-9A-Z]{3,7})<\/\1>/.exec(line);
    if (!target) continue;
    const see = /<see>(.*?)<(?:codes|code|tab)>/.exec(line);
    const terms = stack.filter(Boolean).join(', ');
    const seeText = see ? unescapeXml(see[1] ?? '').trim() : '';
    const code = target[2] ?? '';
    out.push({
      terms,
      extra: seeText,
      code,
      prefix: code.length < 7,
      label: seeText ? `${terms} → see ${seeText}` : terms,
    });
  }
  return out;
}

/** Both indexes from DATA_DIR/icd10-index, read once per process; a missing file means no index terms for that system. */
export class IndexTermFiles {
  private cache: { cm: IndexTerm[]; pcs: IndexTerm[] } | null = null;

  constructor(private readonly dataDir: string) {}

  terms(system: string): readonly IndexTerm[] {
    if (system !== 'ICD10CM' && system !== 'ICD10PCS') return [];
    this.cache ??= this.read();
    return system === 'ICD10CM' ? this.cache.cm : this.cache.pcs;
  }

  private read(): { cm: IndexTerm[]; pcs: IndexTerm[] } {
    const file = (name: string): string | null => {
      const at = path.join(this.dataDir, 'icd10-index', name);
      return existsSync(at) ? gunzipSync(readFileSync(at)).toString('utf8') : null;
    };
    const cm = file(CM_INDEX_FILE);
    const pcs = file(PCS_INDEX_FILE);
    return { cm: cm ? parseCmIndex(cm) : [], pcs: pcs ? parsePcsIndex(pcs) : [] };
  }
}
