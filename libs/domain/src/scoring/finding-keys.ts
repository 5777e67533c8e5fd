import type { FindingDraft } from './types';

/** A finding with the key that ties it to its stored row (and its classification) across saves. */
export interface KeyedFindingDraft<T extends FindingKeyParts = FindingDraft> {
  key: string;
  draft: T;
}

export type FindingKeyParts = Pick<FindingDraft, 'type' | 'system' | 'codeBefore' | 'codeAfter'>;

/** The key of one difference: "type|system|before|after". */
export function findingKey(draft: FindingKeyParts): string {
  return `${draft.type}|${draft.system}|${draft.codeBefore ?? ''}|${draft.codeAfter ?? ''}`;
}

/**
 * Keys for a record's findings in derivation order; a repeat of the same difference (e.g. two lines
 * of one code) gets "#2", "#3"…. The API stores these keys and the web review screen computes the
 * same ones, so a classification follows its finding.
 */
export function keyFindings<T extends FindingKeyParts>(drafts: readonly T[]): KeyedFindingDraft<T>[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = findingKey(draft);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, draft };
  });
}
