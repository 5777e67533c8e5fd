import { displayCode } from '@recode/domain';
import type {
  DisputeAction,
  DisputeStepRequest,
  FindingCategory,
  FindingStatus,
  ReferenceKind,
  RequestableDisputeAction,
} from '@recode/contracts';

type Tone = 'positive' | 'neutral' | 'warning' | 'negative';

export const FINDING_STATUS_LABELS: Record<FindingStatus, { label: string; tone: Tone }> = {
  open: { label: 'Awaiting your response', tone: 'warning' },
  disputed: { label: 'Disputed — awaiting the auditor', tone: 'warning' },
  upheld: { label: 'Upheld', tone: 'negative' },
  escalated: { label: 'Escalated — awaiting a ruling', tone: 'warning' },
  agreed: { label: 'Agreed', tone: 'neutral' },
  withdrawn: { label: 'Withdrawn', tone: 'positive' },
  overturned: { label: 'Overturned', tone: 'positive' },
};

/** Button names (the browser journey clicks these by name). */
export const ACTION_LABELS: Record<RequestableDisputeAction, string> = {
  agree: 'Agree',
  dispute: 'Disagree',
  escalate: 'Escalate',
  withdraw: 'Withdraw',
  uphold: 'Uphold',
  overturn: 'Overturn',
  accept: 'Accept',
};

/** The moves that settle a finding in the coder's favour of moving on are the emphasised buttons. */
export const EMPHASISED_ACTIONS: ReadonlySet<RequestableDisputeAction> = new Set([
  'agree',
  'accept',
  'uphold',
  'overturn',
]);

/** Moves that need no reason. */
export const REASONLESS_ACTIONS: ReadonlySet<RequestableDisputeAction> = new Set(['agree', 'accept']);

export const EVENT_LABELS: Record<DisputeAction, string> = {
  agree: 'Agreed',
  dispute: 'Disputed',
  withdraw: 'Withdrawn by the auditor',
  uphold: 'Upheld',
  escalate: 'Escalated',
  overturn: 'Overturned',
  lapse: 'Taken as agreed (deadline passed)',
  accept: 'Accepted by the coder',
};

/** The coder gives a reason; the auditor and the reviewer give a rationale. */
export function textLabelFor(actions: readonly RequestableDisputeAction[]): 'Reason' | 'Rationale' {
  return actions.some((a) => a === 'agree' || a === 'accept' || a === 'dispute' || a === 'escalate')
    ? 'Reason'
    : 'Rationale';
}

export interface StepDraft {
  text: string;
  referenceKind: ReferenceKind | '';
  citation: string;
}

/** The request for one button, or the field error that stops it (the API refuses the same). */
export function buildStep(
  action: RequestableDisputeAction,
  draft: StepDraft,
): { request: DisputeStepRequest } | { error: string } {
  const text = draft.text.trim();
  if (!REASONLESS_ACTIONS.has(action) && !text)
    return { error: `${textLabelFor([action])} is required to ${ACTION_LABELS[action].toLowerCase()}` };
  const citation = draft.citation.trim();
  const reference = draft.referenceKind && citation ? { kind: draft.referenceKind, citation } : null;
  return { request: { action, rationale: text || null, reference } };
}

/** "E11.9 → E11.22" (codes as read, with their decimal point), with a dash for the side that has no code. */
export function codeChange(before: string | null, after: string | null, system: string): string {
  return `${before ? displayCode(system, before) : '—'} → ${after ? displayCode(system, after) : '—'}`;
}

/** The code system a finding category's codes belong to (for showing them), where a ruling names only its category. */
export function systemOfCategory(category: FindingCategory): string {
  if (category === 'principal_dx' || category === 'secondary_dx' || category === 'poa') return 'ICD10CM';
  if (category === 'pcs') return 'ICD10PCS';
  if (category === 'drg') return 'MSDRG';
  return category === 'hcpcs' ? 'HCPCS' : 'CPT';
}
