import { z } from 'zod';

/**
 * Every action the API and worker write to the audit log: the one list the audit-log filter offers.
 * AuditLogService.record() takes only these, so an action written anywhere but missing here fails the
 * type check (and audit-actions.spec.ts checks the few written as SQL).
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.locked',
  'auth.password_changed',
  'auth.password_change_failed',
  'user.created',
  'user.updated',
  'team.created',
  'team.updated',
  'coder.created',
  'coder.updated',
  'settings.updated',
  'system.seeded',
  'encounter.viewed',
  'encounter.listed',
  'import.created',
  'import.cancelled',
  'import.resumed',
  'code_set.cpt_uploaded',
  'audit_plan.created',
  'audit_plan.updated',
  'audit_plan.archived',
  'audit.created',
  'audit.sampling_started',
  'audit.sampled',
  'audit.sampling_failed',
  'audit.sampling_requeued',
  'audit.scoring_requeued',
  'audit.rollups_requeued',
  'audit.released',
  'audit.finalized',
  'audit.appraised',
  'audit.exported',
  'audit_item.saved',
  'audit_item.notes_saved',
  'audit_item.reassigned',
  'audit_item.unreviewable',
  'audit_finding.classified',
  'dispute.agree',
  'dispute.dispute',
  'dispute.withdraw',
  'dispute.uphold',
  'dispute.escalate',
  'dispute.overturn',
  'dispute.accept',
  'dispute.lapse',
  'finding.dispute_viewed',
  'feedback.findings_viewed',
  'dashboard.coder_viewed',
  'export.encounters',
  'export.import_errors',
  'export.disputes',
  'export.rulings',
  'export.dashboard',
  'export.audit_log',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditLogEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  /** An AuditAction; rows written by an older build may carry an action since renamed. */
  action: AuditAction | (string & {});
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export const auditLogQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(64).optional(),
  actorId: z.string().uuid().optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(128).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;
