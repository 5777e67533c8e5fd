import type { AuditStatus } from '@recode/contracts';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import { changeRows, selectRow } from '../../database/sql';
import { IdRow } from '../../database/rows';
import { AuditStatusRow } from '../audit-sql-rows';
import { assertTransition, illegalTransition } from './audit-lifecycle';

/**
 * Moves an audit from → to in one conditional UPDATE, so two concurrent requests cannot both make the
 * same move: the loser finds the status changed and gets the same 409 as any illegal move.
 * `set` adds column assignments over parameters $3… (given in `values`).
 */
export async function moveStatus(
  m: EntityManager,
  auditId: string,
  to: AuditStatus,
  set = '',
  values: unknown[] = [],
): Promise<AuditStatus> {
  const current = await selectRow(m, AuditStatusRow, 'SELECT status FROM audits WHERE id = $1', [auditId]);
  if (!current) throw notFound('AUDIT_NOT_FOUND', 'Audit');
  assertTransition(current.status, to);
  const { rows } = await changeRows(
    m,
    IdRow,
    `UPDATE audits SET status = $2, updated_at = now() ${set ? `, ${set}` : ''} WHERE id = $1 AND status = $${values.length + 3} RETURNING id`,
    [auditId, to, ...values, current.status],
  );
  if (rows.length === 0) {
    const now = await selectRow(m, AuditStatusRow, 'SELECT status FROM audits WHERE id = $1', [auditId]);
    throw illegalTransition(now?.status ?? current.status, to);
  }
  return current.status;
}
