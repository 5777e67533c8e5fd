import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditDto,
  AuditItemDto,
  AuditItemListQuery,
  AuditListQuery,
  AuditSummaryDto,
  Page,
} from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import { selectRow, selectRows } from '../../database/sql';
import type { AuthedContext } from '../../common/request-context';
import { auditVisibility } from '../access/audit-access';
import {
  AUDIT_COLUMNS,
  AUDIT_FROM,
  ITEM_COLUMNS,
  ITEM_FROM,
  toAuditDto,
  toAuditSummary,
  toItemDto,
  AuditRow,
  ItemRow,
} from './audit-mappers';
import { TotalRow } from '../../database/rows';
import { FindingCountRow } from './lifecycle-rows';

@Injectable()
export class AuditsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(ctx: AuthedContext, query: AuditListQuery): Promise<Page<AuditSummaryDto>> {
    const params: unknown[] = [];
    const where = [auditVisibility(ctx.user, 'a', params)];
    if (query.status) where.push(`a.status = $${params.push(query.status)}`);
    if (query.planId) where.push(`a.plan_id = $${params.push(query.planId)}`);
    const filter = where.join(' AND ');
    const counted = await selectRow(
      this.db,
      TotalRow,
      `SELECT count(*)::int AS total FROM audits a WHERE ${filter}`,
      params,
    );
    const total = counted?.total ?? 0;
    const rows = await selectRows(
      this.db,
      AuditRow,
      `SELECT ${AUDIT_COLUMNS} FROM ${AUDIT_FROM} WHERE ${filter} ORDER BY a.created_at DESC, a.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toAuditSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** The audit if this user may see it; otherwise 404, never a hint that it exists. */
  async visibleRow(ctx: AuthedContext, id: string, m: EntityManager = this.db.manager): Promise<AuditRow> {
    const params: unknown[] = [id];
    const visible = auditVisibility(ctx.user, 'a', params);
    const rows = await selectRows(
      m,
      AuditRow,
      `SELECT ${AUDIT_COLUMNS} FROM ${AUDIT_FROM} WHERE a.id = $1 AND ${visible}`,
      params,
    );
    const row = rows[0];
    if (!row) throw notFound('AUDIT_NOT_FOUND', 'Audit');
    return row;
  }

  async get(ctx: AuthedContext, id: string, m: EntityManager = this.db.manager): Promise<AuditDto> {
    const row = await this.visibleRow(ctx, id, m);
    const counts = await selectRows(
      m,
      FindingCountRow,
      'SELECT type, root_cause AS "rootCause", count(*)::int AS n FROM audit_findings WHERE audit_id = $1 GROUP BY type, root_cause',
      [id],
    );
    const byType: Record<string, number> = {};
    const byRootCause: Record<string, number> = {};
    for (const c of counts) {
      byType[c.type] = (byType[c.type] ?? 0) + c.n;
      if (c.rootCause) byRootCause[c.rootCause] = (byRootCause[c.rootCause] ?? 0) + c.n;
    }
    const total = counts.reduce((sum, c) => sum + c.n, 0);
    const unclassified = counts.filter((c) => c.rootCause === null).reduce((sum, c) => sum + c.n, 0);
    return toAuditDto(row, { total, unclassified, byType, byRootCause });
  }

  /** Supervisors and admins see every item (spares on request); an auditor only their own. */
  async items(ctx: AuthedContext, auditId: string, query: AuditItemListQuery): Promise<AuditItemDto[]> {
    await this.visibleRow(ctx, auditId);
    const params: unknown[] = [auditId];
    const where = ['i.audit_id = $1'];
    if (ctx.user.role === 'auditor') where.push(`i.auditor_id = $${params.push(ctx.user.id)}`);
    if (query.status) where.push(`i.status = $${params.push(query.status)}`);
    else if (!query.includeSpares) where.push(`i.status <> 'spare'`);
    const rows = await selectRows(
      this.db,
      ItemRow,
      `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE ${where.join(' AND ')} ORDER BY i.draw_order`,
      params,
    );
    return rows.map(toItemDto);
  }

  async item(itemId: string, m: EntityManager = this.db.manager): Promise<AuditItemDto | null> {
    const rows = await selectRows(m, ItemRow, `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE i.id = $1`, [itemId]);
    return rows[0] ? toItemDto(rows[0]) : null;
  }
}
