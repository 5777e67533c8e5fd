import type { LineDiff } from '@recode/contracts';
import type { StoredCodeLine } from '../entities/audit-item.entity';

const key = (l: StoredCodeLine): string => `${l.system}|${l.code}`;
const shape = (l: StoredCodeLine): string =>
  JSON.stringify([l.sequence, l.principal, (l.poa ?? '').toUpperCase(), [...l.modifiers].sort(), l.units ?? 1]);

/**
 * Marks each line for the side-by-side view: on both sides and identical (same), on both sides with a
 * different order, principal flag, POA, modifiers or units (changed), or on one side only (removed/added).
 */
export function diffLines(
  coder: readonly StoredCodeLine[],
  auditor: readonly StoredCodeLine[],
): { coder: LineDiff[]; auditor: LineDiff[] } {
  const auditorByKey = new Map<string, StoredCodeLine[]>();
  for (const l of auditor) auditorByKey.set(key(l), [...(auditorByKey.get(key(l)) ?? []), l]);
  const coderKeys = new Set(coder.map(key));
  return {
    coder: coder.map((l) => {
      const others = auditorByKey.get(key(l));
      if (!others) return 'removed';
      return others.some((o) => shape(o) === shape(l)) ? 'same' : 'changed';
    }),
    auditor: auditor.map((l) => {
      if (!coderKeys.has(key(l))) return 'added';
      return coder.some((c) => key(c) === key(l) && shape(c) === shape(l)) ? 'same' : 'changed';
    }),
  };
}
