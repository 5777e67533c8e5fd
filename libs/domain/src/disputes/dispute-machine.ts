import type { FindingStatus } from '../scoring/types';

/** What a person (or the lapse job) does to a finding. `uphold` answers a dispute (auditor) or rules on an escalation (reviewer). */
export const DISPUTE_ACTIONS = [
  'agree',
  'dispute',
  'withdraw',
  'uphold',
  'escalate',
  'overturn',
  'lapse',
  'accept',
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

/** Who a move belongs to: the finding's coder, its auditor, a reviewer who may rule, or the scheduled job. */
export type DisputeParty = 'coder' | 'auditor' | 'reviewer' | 'system';

export interface DisputeMove {
  from: FindingStatus;
  action: DisputeAction;
  to: FindingStatus;
  by: DisputeParty;
  /** A reason, answer or ruling text is required. */
  needsRationale: boolean;
}

/** Every legal move; anything else is refused. */
export const DISPUTE_MOVES: readonly DisputeMove[] = [
  { from: 'open', action: 'agree', to: 'agreed', by: 'coder', needsRationale: false },
  { from: 'open', action: 'dispute', to: 'disputed', by: 'coder', needsRationale: true },
  { from: 'open', action: 'lapse', to: 'agreed', by: 'system', needsRationale: false },
  { from: 'disputed', action: 'withdraw', to: 'withdrawn', by: 'auditor', needsRationale: true },
  { from: 'disputed', action: 'uphold', to: 'upheld', by: 'auditor', needsRationale: true },
  { from: 'upheld', action: 'escalate', to: 'escalated', by: 'coder', needsRationale: true },
  // The coder accepts the auditor's upheld answer instead of escalating: settled as agreed at once.
  { from: 'upheld', action: 'accept', to: 'agreed', by: 'coder', needsRationale: false },
  { from: 'escalated', action: 'uphold', to: 'upheld', by: 'reviewer', needsRationale: true },
  { from: 'escalated', action: 'overturn', to: 'overturned', by: 'reviewer', needsRationale: true },
];

/** How the caller relates to this finding; the API works it out from the session and the finding's rows. */
export interface DisputeActor {
  isSystem: boolean;
  /** The coder whose work the finding is about. */
  isFindingCoder: boolean;
  /** The auditor who recorded the finding: never a reviewer of their own finding. */
  isFindingAuditor: boolean;
  /** A supervisor of the coder's team, an admin, or a second reviewer. */
  mayRule: boolean;
}

export interface DisputeStepInput {
  status: FindingStatus;
  action: DisputeAction;
  actor: DisputeActor;
  rationale: string | null;
  /** Whether the finding was ever escalated (escalation is allowed once). */
  escalatedBefore: boolean;
  now: Date;
  /** Until when the coder may act (agree, dispute, escalate); the lapse applies only after it. */
  coderDeadline: Date | null;
}

export type DisputeRefusal =
  | 'ILLEGAL_MOVE'
  | 'NOT_YOUR_MOVE'
  | 'RULER_IS_AUDITOR'
  | 'ALREADY_ESCALATED'
  | 'DEADLINE_PASSED'
  | 'DEADLINE_NOT_REACHED'
  | 'RATIONALE_REQUIRED';

export type DisputeDecision =
  { ok: true; move: DisputeMove } | { ok: false; refusal: DisputeRefusal; allowed: DisputeAction[] };

/** The actions legal from a status, whoever takes them. */
export function actionsFrom(status: FindingStatus): DisputeAction[] {
  return DISPUTE_MOVES.filter((m) => m.from === status).map((m) => m.action);
}

function partyMatches(by: DisputeParty, actor: DisputeActor): DisputeRefusal | null {
  if (by === 'system') return actor.isSystem ? null : 'NOT_YOUR_MOVE';
  if (actor.isSystem) return 'NOT_YOUR_MOVE';
  if (by === 'coder') return actor.isFindingCoder ? null : 'NOT_YOUR_MOVE';
  if (by === 'auditor') return actor.isFindingAuditor ? null : 'NOT_YOUR_MOVE';
  // A reviewer must be independent of the finding: its own auditor is refused even with the right role.
  if (actor.isFindingAuditor) return 'RULER_IS_AUDITOR';
  return actor.mayRule ? null : 'NOT_YOUR_MOVE';
}

/**
 * Decides one step. Checks run from the most to the least fundamental (is the move legal at all,
 * is it the caller's, once-only, deadline, rationale), so the refusal names the real obstacle.
 */
export function decideDisputeStep(input: DisputeStepInput): DisputeDecision {
  const allowed = actionsFrom(input.status);
  const refuse = (refusal: DisputeRefusal): DisputeDecision => ({ ok: false, refusal, allowed });
  const move = DISPUTE_MOVES.find((m) => m.from === input.status && m.action === input.action);
  if (!move) return refuse(input.action === 'escalate' && input.escalatedBefore ? 'ALREADY_ESCALATED' : 'ILLEGAL_MOVE');
  const party = partyMatches(move.by, input.actor);
  if (party) return refuse(party);
  if (move.action === 'escalate' && input.escalatedBefore) return refuse('ALREADY_ESCALATED');
  // After a ruling the finding is settled for good: there is nothing left to accept.
  if (move.action === 'accept' && input.escalatedBefore) return refuse('ILLEGAL_MOVE');
  const lapsed = input.coderDeadline !== null && input.now.getTime() > input.coderDeadline.getTime();
  if (move.by === 'coder' && lapsed) return refuse('DEADLINE_PASSED');
  if (move.by === 'system' && !lapsed) return refuse('DEADLINE_NOT_REACHED');
  if (move.needsRationale && !input.rationale?.trim()) return refuse('RATIONALE_REQUIRED');
  return { ok: true, move };
}

/** The actions this actor could take right now (for buttons); rationale is left to the form. */
export function availableDisputeActions(input: Omit<DisputeStepInput, 'action' | 'rationale'>): DisputeAction[] {
  return actionsFrom(input.status).filter((action) => {
    const decision = decideDisputeStep({ ...input, action, rationale: 'x' });
    return decision.ok;
  });
}

/** Settled findings can no longer move the score; see UNSETTLED_STATUSES for the others. */
export function isDisputeSettled(status: FindingStatus): boolean {
  return status === 'agreed' || status === 'upheld' || status === 'withdrawn' || status === 'overturned';
}
