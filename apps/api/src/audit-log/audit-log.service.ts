import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditLogEntryDto, AuditLogQuery, Page } from '@recode/contracts';
import { DataSource, type EntityManager, type WhereExpressionBuilder } from 'typeorm';
import type { RequestContext } from '../common/request-context';
import { AuditLogEntry } from './audit-log.entity';

export interface AuditEvent {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  details?: Record<string, unknown>;
  /** For events before a session exists (a failed login names the e-mail tried). */
  actorEmail?: string;
  actorId?: string;
}

@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Append one entry. Pass the transaction's manager so the entry commits (or not) with the change. */
  async record(ctx: RequestContext, event: AuditEvent, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.insert(AuditLogEntry, {
      actorId: event.actorId ?? ctx.user?.id ?? null,
      actorEmail: event.actorEmail ?? ctx.user?.email ?? null,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
      details: () => `'${JSON.stringify(event.details ?? {}).replace(/'/g, "''")}'::jsonb`,
    });
  }

  async browse(query: AuditLogQuery): Promise<Page<AuditLogEntryDto>> {
    const qb = auditLogFilter(this.db.getRepository(AuditLogEntry).createQueryBuilder('e'), query);
    const [rows, total] = await qb
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      items: rows.map((e) => ({ ...e, at: e.at.toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}

/** The audit log's filters on alias e (the browse screen and its CSV export share them). */
export function auditLogFilter<Q extends WhereExpressionBuilder>(
  qb: Q,
  query: Omit<AuditLogQuery, 'page' | 'pageSize'>,
): Q {
  if (query.action) qb.andWhere('e.action = :action', { action: query.action });
  if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
  if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
  if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
  if (query.from) qb.andWhere('e.at >= :from', { from: query.from });
  if (query.to) qb.andWhere('e.at < :to', { to: endOf(query.to) });
  return qb;
}

/** A bare date means "through the end of that day". */
function endOf(bound: string): string {
  if (bound.length !== 10) return bound;
  const next = new Date(`${bound}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}
