import type {
  AuditItemStatus,
  AuditProgressDto,
  AuditStatus,
  RequestableAuditTransition,
  Role,
} from '@recode/contracts';

type Tone = 'positive' | 'neutral' | 'warning' | 'negative';

export const AUDIT_STATUS_LABELS: Record<AuditStatus, { label: string; tone: Tone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  sampling: { label: 'Sampling', tone: 'warning' },
  in_review: { label: 'In review', tone: 'warning' },
  released: { label: 'Released', tone: 'positive' },
  final: { label: 'Final', tone: 'positive' },
};

export const ITEM_STATUS_LABELS: Record<AuditItemStatus, { label: string; tone: Tone }> = {
  assigned: { label: 'Assigned', tone: 'neutral' },
  in_progress: { label: 'In progress', tone: 'warning' },
  reviewed: { label: 'Reviewed', tone: 'positive' },
  unreviewable: { label: 'Unreviewable', tone: 'negative' },
  spare: { label: 'Spare', tone: 'neutral' },
};

/** The lifecycle in order, for a step indicator. */
export const LIFECYCLE: readonly AuditStatus[] = ['draft', 'sampling', 'in_review', 'released', 'final'];

export interface LifecycleAction {
  to: RequestableAuditTransition;
  label: string;
  /** Why the action cannot be taken yet; null when it can. */
  blockedBy: string | null;
}

/**
 * The one move this user can ask for next, if any (the API refuses anything else with 409).
 * Supervisors and admins run the whole lifecycle; an auditor of the audit may only release it once
 * every record is done (the API shows an auditor only the audits they have records in).
 */
export function nextLifecycleAction(
  status: AuditStatus,
  progress: AuditProgressDto,
  role: Role,
): LifecycleAction | null {
  if (role === 'auditor') return status === 'in_review' ? releaseAction(progress) : null;
  if (role !== 'supervisor' && role !== 'admin') return null;
  if (status === 'draft') return { to: 'sampling', label: 'Draw sample', blockedBy: null };
  if (status === 'in_review') return releaseAction(progress);
  if (status === 'released') return { to: 'final', label: 'Make final', blockedBy: null };
  return null;
}

function releaseAction(progress: AuditProgressDto): LifecycleAction {
  const open = progress.total - progress.reviewed - progress.unreviewable;
  return {
    to: 'released',
    label: 'Release to coders',
    blockedBy: open > 0 ? `${open} record(s) still to review` : null,
  };
}

/** Share of the sample that is done (reviewed or set aside as unreviewable), 0–1. */
export function progressShare(progress: AuditProgressDto): number {
  if (progress.total === 0) return 0;
  return Math.min(1, (progress.reviewed + progress.unreviewable) / progress.total);
}
