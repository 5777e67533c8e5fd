import { createHash } from 'node:crypto';
import type { FrameItem, SampleDraw } from '@recode/domain';
import type { EntityManager } from 'typeorm';
import { execute, selectRows } from '../../database/sql';
import { scopeConditions, type FrameScope } from './frame-loader';
import { FrameHashRow } from './sampling-rows';

/** sha256 over the sorted scope ids and the excluded ids: equal hashes = the same frame. */
export function frameHashOf(scopeIds: readonly string[], excludedIds: readonly string[]): string {
  return createHash('sha256')
    .update(scopeIds.join('\n'))
    .update('\n#excluded\n')
    .update(excludedIds.join('\n'))
    .digest('hex');
}

/** Stores the frame snapshot; ids travel as one comma-joined text, which PostgreSQL splits (a 10⁶ array parameter is far slower). */
export async function writeFrame(
  m: EntityManager,
  auditId: string,
  scopeIds: readonly string[],
  excludedIds: readonly string[],
): Promise<void> {
  await execute(
    m,
    `INSERT INTO audit_frames (audit_id, scope_version_ids, excluded_version_ids, scope_size)
     VALUES ($1, string_to_array($2, ',')::uuid[], string_to_array($3, ',')::uuid[], $4)
     ON CONFLICT (audit_id) DO UPDATE SET scope_version_ids = excluded.scope_version_ids, excluded_version_ids = excluded.excluded_version_ids,
       scope_size = excluded.scope_size, snapshot_at = now()`,
    [auditId, scopeIds.join(','), excludedIds.join(','), scopeIds.length],
  );
}

/**
 * writeFrame for the rank path: the scope's ids are gathered by PostgreSQL itself (INSERT … SELECT),
 * never through Node; returns frameHashOf of the same lists, computed there (uuid order = text order).
 */
export async function writeFrameFromScope(
  m: EntityManager,
  auditId: string,
  scope: FrameScope,
  excludedIds: readonly string[],
): Promise<string> {
  const params: unknown[] = [auditId, excludedIds];
  const where = scopeConditions(scope, params);
  const rows = await selectRows(
    m,
    FrameHashRow,
    `WITH f AS (SELECT coalesce(array_agg(e.current_version_id ORDER BY e.current_version_id), '{}') AS ids FROM encounters e ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
     INSERT INTO audit_frames (audit_id, scope_version_ids, excluded_version_ids, scope_size)
     SELECT $1, f.ids, $2::uuid[], cardinality(f.ids) FROM f
     ON CONFLICT (audit_id) DO UPDATE SET scope_version_ids = excluded.scope_version_ids, excluded_version_ids = excluded.excluded_version_ids,
       scope_size = excluded.scope_size, snapshot_at = now()
     RETURNING encode(sha256(convert_to(array_to_string(scope_version_ids, E'\\n') || E'\\n#excluded\\n' || array_to_string(excluded_version_ids, E'\\n'), 'UTF8')), 'hex') AS hash`,
    params,
  );
  return rows[0]?.hash ?? '';
}

export interface ItemsToWrite {
  auditId: string;
  draw: SampleDraw<FrameItem>;
  stratified: boolean;
  auditorOf: ReadonlyMap<string, string>;
  dueDate: string;
}

/** Sample then spares, numbered in draw order; copies setting and dates from the versions in one INSERT … SELECT. */
export async function writeItems(
  m: EntityManager,
  { auditId, draw, stratified, auditorOf, dueDate }: ItemsToWrite,
): Promise<void> {
  const all = [
    ...draw.sample.map((item) => ({ item, spare: false })),
    ...draw.spares.map((item) => ({ item, spare: true })),
  ];
  await execute(
    m,
    `INSERT INTO audit_items (audit_id, encounter_version_id, encounter_id, coder_id, setting, encounter_date, fiscal_year, stratum, draw_order, status, auditor_id, due_date)
     SELECT $1, v.id, v.encounter_id, v.coder_id, v.setting, v.encounter_date, v.fiscal_year, x.stratum, x.ord, x.status, x.auditor,
            CASE WHEN x.status = 'assigned' THEN $6::date END
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) WITH ORDINALITY AS x(id, stratum, status, auditor, ord)
       JOIN encounter_versions v ON v.id = x.id`,
    [
      auditId,
      all.map(({ item }) => item.id),
      all.map(({ item }) => (stratified ? item.coderId : '*')),
      all.map(({ spare }) => (spare ? 'spare' : 'assigned')),
      all.map(({ item, spare }) => (spare ? null : (auditorOf.get(item.id) ?? null))),
      dueDate,
    ],
  );
}
