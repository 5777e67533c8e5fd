import type { AuditLogQuery } from '@recode/contracts';
import type { DataSource } from 'typeorm';
import { auditLogFilter } from '../audit-log';
import type { CsvColumn } from '../csv-export';
import type { AuditLogExportRow } from './export-rows';

export const AUDIT_LOG_COLUMNS: CsvColumn<AuditLogExportRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'at', value: (r) => r.at },
  { header: 'action', value: (r) => r.action },
  { header: 'actor_id', value: (r) => r.actor_id },
  { header: 'actor_email', value: (r) => r.actor_email },
  { header: 'actor_name', value: (r) => r.actor_name },
  { header: 'entity_type', value: (r) => r.entity_type },
  { header: 'entity_id', value: (r) => r.entity_id },
  { header: 'ip', value: (r) => r.ip },
  { header: 'request_id', value: (r) => r.request_id },
  { header: 'details', value: (r) => r.details },
];

/** The audit log screen's filters without paging, newest first as on screen. */
export function auditLogExportSql(db: DataSource, query: AuditLogQuery): [string, unknown[]] {
  const qb = db.createQueryBuilder().from('audit_log', 'e').leftJoin('users', 'u', 'u.id = e.actor_id');
  return auditLogFilter(qb, query)
    .select([
      'e.id AS id',
      'e.at AS at',
      'e.action AS action',
      'e.actor_id AS actor_id',
      'e.actor_email AS actor_email',
      'u.display_name AS actor_name',
      'e.entity_type AS entity_type',
      'e.entity_id AS entity_id',
      'e.ip AS ip',
      'e.request_id AS request_id',
      'e.details AS details',
    ])
    .orderBy('e.at', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .getQueryAndParameters();
}
