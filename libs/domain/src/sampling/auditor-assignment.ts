import { compareCodeUnits } from './frame';
import { uniformInt, type RandomSource } from './random-source';
import { SamplingError } from './sampling-error';

export interface AuditorCapacity {
  readonly id: string;
  /** Coder identities of the same person: an auditor who also codes never reviews their own work. */
  readonly userCoderIds?: readonly string[];
  /** Open items already on the auditor's desk. */
  readonly currentLoad: number;
}

export interface AssignableItem {
  readonly id: string;
  readonly coderId: string;
}

export interface AuditorAssignment {
  readonly itemId: string;
  readonly auditorId: string;
}

export type UnassignedReason = 'NO_AUDITORS' | 'ONLY_AUDITOR_IS_THE_CODER';

export interface UnassignedItem {
  readonly itemId: string;
  readonly coderId: string;
  readonly reason: UnassignedReason;
  readonly message: string;
}

export interface AuditorLoad {
  readonly auditorId: string;
  readonly before: number;
  readonly after: number;
}

export interface AuditorAssignmentResult {
  /** In the order the items were given. */
  readonly assignments: AuditorAssignment[];
  readonly unassigned: UnassignedItem[];
  /** Every auditor, by id. */
  readonly loads: AuditorLoad[];
}

function validateAuditors(auditors: readonly AuditorCapacity[]): void {
  const seen = new Set<string>();
  for (const auditor of auditors) {
    if (seen.has(auditor.id)) {
      throw new SamplingError('ASSIGNMENT_AUDITORS_INVALID', `auditor ${auditor.id} is listed twice`, {
        auditorId: auditor.id,
      });
    }
    seen.add(auditor.id);
    if (!Number.isInteger(auditor.currentLoad) || auditor.currentLoad < 0) {
      const message = `auditor ${auditor.id} has an invalid current load ${auditor.currentLoad}`;
      throw new SamplingError('ASSIGNMENT_AUDITORS_INVALID', message, { auditorId: auditor.id });
    }
  }
}

function isOwnWork(auditor: AuditorCapacity, item: AssignableItem): boolean {
  return auditor.id === item.coderId || (auditor.userCoderIds ?? []).includes(item.coderId);
}

/**
 * Greedy load balancing: each item goes to the eligible auditor with the fewest items; ties go to the
 * lowest auditor id, or, when `rng` is given, to a seeded pick among the tied (so no auditor is always first).
 * Items with fewer eligible auditors are placed first, so a coder-auditor's colleagues are not left unbalanced.
 * Items nobody may review are reported, never dropped silently.
 */
export function assignToAuditors<T extends AssignableItem>(
  items: readonly T[],
  auditors: readonly AuditorCapacity[],
  rng?: RandomSource,
): AuditorAssignmentResult {
  validateAuditors(auditors);
  const roster = [...auditors].sort((a, b) => compareCodeUnits(a.id, b.id));
  const load = new Map(roster.map((auditor) => [auditor.id, auditor.currentLoad]));
  const loadOf = (auditor: AuditorCapacity): number => load.get(auditor.id) ?? 0;
  const candidates = items.map((item, index) => ({
    item,
    index,
    eligible: roster.filter((auditor) => !isOwnWork(auditor, item)),
  }));
  const placed = new Map<number, string>();
  const unassigned: UnassignedItem[] = [];

  // Array.prototype.sort is stable (ES2019): equally constrained items, and the unassigned ones, keep the given order.
  for (const { item, index, eligible } of [...candidates].sort((a, b) => a.eligible.length - b.eligible.length)) {
    if (eligible.length === 0) {
      const reason: UnassignedReason = roster.length === 0 ? 'NO_AUDITORS' : 'ONLY_AUDITOR_IS_THE_CODER';
      const message =
        reason === 'NO_AUDITORS'
          ? 'there are no auditors to assign to'
          : `every available auditor is coder ${item.coderId}, who coded this encounter`;
      unassigned.push({ itemId: item.id, coderId: item.coderId, reason, message });
      continue;
    }
    const fewest = Math.min(...eligible.map(loadOf));
    const tied = eligible.filter((auditor) => loadOf(auditor) === fewest);
    const chosen = tied[rng ? uniformInt(rng, tied.length) : 0];
    load.set(chosen.id, loadOf(chosen) + 1);
    placed.set(index, chosen.id);
  }

  const assignments = candidates.flatMap(({ item, index }) => {
    const auditorId = placed.get(index);
    return auditorId === undefined ? [] : [{ itemId: item.id, auditorId }];
  });
  const loads = roster.map((auditor) => ({
    auditorId: auditor.id,
    before: auditor.currentLoad,
    after: loadOf(auditor),
  }));
  return { assignments, unassigned, loads };
}
