import { SamplingError } from './sampling-error';

/** One encounter in the sampling frame, with the fields targeting rules may look at. */
export interface FrameItem {
  readonly id: string;
  readonly coderId: string;
  /** Used when a plan stratifies by something other than the coder (e.g. facility or setting). */
  readonly stratumKey?: string;
  readonly drg?: string | null;
  readonly drgWeight?: number | null;
  /** The coder's final codes, any system, stored without dots. */
  readonly codes?: readonly string[];
  readonly flaggedAtImport?: boolean;
  /** The billed MS-DRG differs from the grouper's at import (DRG_GROUPER_DIFFERS). */
  readonly drgDiffersFromGrouper?: boolean;
}

export type StratifyBy = 'coder' | 'stratumKey';

/** Plain UTF-16 code-unit order: the same on every engine and locale, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The frame sorted by id, so the order rows came out of the database never changes a sample. */
export function canonicalOrder<T extends FrameItem>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (let i = 1; i < sorted.length; i += 1) {
    const id = sorted[i]?.id;
    if (id === sorted[i - 1]?.id) {
      throw new SamplingError('SAMPLE_FRAME_DUPLICATE_ID', `encounter ${id} appears more than once in the frame`, {
        id,
      });
    }
  }
  return sorted;
}

export interface FrameFilter<T extends FrameItem> {
  /** Recently audited encounters: removed before anything else happens. */
  readonly excludedIds?: ReadonlySet<string>;
  readonly predicate?: (item: T) => boolean;
}

export interface PreparedFrame<T extends FrameItem> {
  /** Eligible items in canonical order. */
  readonly items: readonly T[];
  readonly scopeSize: number;
  readonly excludedCount: number;
  readonly filteredOutCount: number;
}

/** Scope → minus recent audits → targeting rules → canonical order; each emptying step has its own error. */
export function prepareFrame<T extends FrameItem>(
  frame: readonly T[],
  { excludedIds, predicate }: FrameFilter<T>,
): PreparedFrame<T> {
  if (frame.length === 0) throw new SamplingError('SAMPLE_FRAME_EMPTY', 'the scope matches no encounters');
  const kept = excludedIds && excludedIds.size > 0 ? frame.filter((item) => !excludedIds.has(item.id)) : [...frame];
  const excludedCount = frame.length - kept.length;
  if (kept.length === 0) {
    throw new SamplingError(
      'SAMPLE_FRAME_EMPTY_AFTER_EXCLUSION',
      `all ${frame.length} encounters in scope were audited recently and are excluded`,
      {
        excludedCount,
      },
    );
  }
  const eligible = predicate ? kept.filter(predicate) : kept;
  if (eligible.length === 0) {
    throw new SamplingError(
      'SAMPLE_FRAME_EMPTY_AFTER_RULES',
      `none of the ${kept.length} encounters in scope matches the targeting rules`,
      {
        excludedCount,
      },
    );
  }
  return {
    items: canonicalOrder(eligible),
    scopeSize: frame.length,
    excludedCount,
    filteredOutCount: kept.length - eligible.length,
  };
}

export interface Stratum<T extends FrameItem> {
  readonly key: string;
  /** Members in canonical order. */
  readonly items: readonly T[];
}

export function stratumKeyOf(item: FrameItem, by: StratifyBy): string {
  if (by === 'coder') return item.coderId;
  if (item.stratumKey === undefined) {
    throw new SamplingError('SAMPLE_STRATUM_KEY_MISSING', `encounter ${item.id} has no stratum key`, { id: item.id });
  }
  return item.stratumKey;
}

/** Strata in key order (code units); a canonical input keeps each stratum canonical. */
export function groupIntoStrata<T extends FrameItem>(items: readonly T[], by: StratifyBy): Stratum<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = stratumKeyOf(item, by);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([key, members]) => ({ key, items: members }));
}
