import { createHash } from 'node:crypto';
import type { FrameItem, SampleDraw } from '@recode/domain';
import type { EntityManager } from 'typeorm';

/** sha256 over the sorted scope ids and the excluded ids: equal hashes = the same frame. */
export function frameHashOf(scopeIds: readonly string[], excludedIds: readonly string[]): string {
  return createHash('sha256').update(scopeIds.join('\n')).update('\n#excluded\n').update(excludedIds.join('\n')).digest('hex');
}

/** Stores the frame snapshot; ids travel as one comma-joined text, which PostgreSQL splits (a 10⁶ array parameter is far slower). */
export async function writeFrame(m: EntityManager, auditId: string, scopeIds: readonly string[], excludedIds: readonly string[]): Promise<void> {
  await m.query(
    `INSERT INTO audit_frames (audit_id, scope_version_ids, excluded_version_ids, scope_size)
     VALUES ($1, string_to_array($2, ',')::uuid[], string_to_array($3, ',')::uuid[], $4)
     ON CONFLICT (audit_id) DO UPDATE SET scope_version_ids = excluded.scope_version_ids, excluded_version_ids = excluded.excluded_version_ids,
       scope_size = excluded.scope_size, snapshot_at = now()`,
    [auditId, scopeIds.join(','), excludedIds.join(','), scopeIds.length],
  );
}

export interface ItemsToWrite {
  auditId: string;
  draw: SampleDraw<FrameItem>;
  stratified: boolean;
  auditorOf: ReadonlyMap<string, string>;
  dueDate: string;
}

/** Sample then spares, numbered in draw order; copies setting and dates from the versions in one INSERT … SELECT. */
export async function writeItems(m: EntityManager, { auditId, draw, stratified, auditorOf, dueDate }: ItemsToWrite): Promise<void> {
  const all = [...draw.sample.map((item) => ({ item, spare: false })), ...draw.spares.map((item) => ({ item, spare: true }))];
  await m.query(
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
