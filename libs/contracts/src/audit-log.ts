import { z } from 'zod';

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
  'encounter.viewed',
  'encounter.listed',
  'finding.dispute_viewed',
  'dashboard.coder_viewed',
  'feedback.findings_viewed',
  'import.created',
  'import.cancelled',
  'audit.exported',
  'export.encounters',
  'export.import_errors',
  'export.disputes',
  'export.rulings',
  'export.dashboard',
  'export.audit_log',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number] | (string & {});

export interface AuditLogEntryDto {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: AuditAction;
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
