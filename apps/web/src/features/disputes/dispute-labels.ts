import type { DisputeAction, DisputeStepRequest, FindingCategory, FindingStatus, ReferenceKind, RequestableDisputeAction } from '@recode/contracts';

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
};

export const EVENT_LABELS: Record<DisputeAction, string> = {
  agree: 'Agreed',
  dispute: 'Disputed',
  withdraw: 'Withdrawn by the auditor',
  uphold: 'Upheld',
  escalate: 'Escalated',
  overturn: 'Overturned',
  lapse: 'Taken as agreed (deadline passed)',
};

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  principal_dx: 'Principal diagnosis',
  secondary_dx: 'Secondary diagnoses',
  pcs: 'ICD-10-PCS procedures',
  cpt: 'CPT procedures',
  hcpcs: 'HCPCS',
  modifier: 'Modifiers',
  units: 'Units',
  em_level: 'E/M level',
  poa: 'POA indicator',
  drg: 'DRG',
};

/** The coder gives a reason; the auditor and the reviewer give a rationale. */
export function textLabelFor(actions: readonly RequestableDisputeAction[]): 'Reason' | 'Rationale' {
  return actions.some((a) => a === 'agree' || a === 'dispute' || a === 'escalate') ? 'Reason' : 'Rationale';
}

export interface StepDraft {
  text: string;
  referenceKind: ReferenceKind | '';
  citation: string;
}

/** The request for one button, or the field error that stops it (the API refuses the same). */
export function buildStep(action: RequestableDisputeAction, draft: StepDraft): { request: DisputeStepRequest } | { error: string } {
  const text = draft.text.trim();
  if (action !== 'agree' && !text) return { error: `${textLabelFor([action])} is required to ${ACTION_LABELS[action].toLowerCase()}` };
  const citation = draft.citation.trim();
  const reference = draft.referenceKind && citation ? { kind: draft.referenceKind, citation } : null;
  return { request: { action, rationale: text || null, reference } };
}

/** "E119 → E1122", with a dash for the side that has no code. */
export function codeChange(before: string | null, after: string | null): string {
  return `${before ?? '—'} → ${after ?? '—'}`;
}
