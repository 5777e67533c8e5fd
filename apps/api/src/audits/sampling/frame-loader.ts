import type { FrameItem } from '@recode/domain';
import type { DataSource } from 'typeorm';
import { execute, selectRows } from '../../database/sql';
import { FrameTextRow } from './sampling-rows';

/** A plan's scope with its period resolved to dates; empty lists mean "no restriction". */
export interface FrameScope {
  teamIds: readonly string[];
  coderIds?: readonly string[];
  settings?: readonly string[];
  facilities?: readonly string[];
  payers?: readonly string[];
  flaggedOnly?: boolean;
  from: string | null;
  to: string | null;
}

export interface LoadedFrame {
  /** Every current encounter version in scope, sorted by id (the domain sorts again; sorted input makes that linear). */
  items: FrameItem[];
  /** Those whose encounter was audited within the exclusion window. */
  excludedIds: Set<string>;
}

export interface FrameNeeds {
  codes: boolean;
  drg: boolean;
  flagged: boolean;
  /** The billed DRG differs from the grouper's (the DRG_GROUPER_DIFFERS flag of the current version). */
  grouperDiffers?: boolean;
}

const UUID_LENGTH = 36;

export function scopeConditions(scope: FrameScope, params: unknown[]): string[] {
  const where: string[] = [];
  const add = (sql: (p: string) => string, value: unknown): void => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  // A team draws its coders' encounters in the team's own settings only (an empty list: every setting).
  if (scope.teamIds.length)
    add(
      (p) => `EXISTS (SELECT 1 FROM coders c JOIN teams t ON t.id = c.team_id
                 WHERE c.id = e.coder_id AND t.id = ANY(${p}::uuid[]) AND (cardinality(t.settings) = 0 OR e.setting = ANY(t.settings)))`,
      scope.teamIds,
    );
  if (scope.coderIds?.length) add((p) => `e.coder_id = ANY(${p}::uuid[])`, scope.coderIds);
  if (scope.settings?.length) add((p) => `e.setting = ANY(${p}::text[])`, scope.settings);
  if (scope.facilities?.length) add((p) => `e.facility = ANY(${p}::text[])`, scope.facilities);
  // Payer is the one filter not copied onto encounters: only then is the version joined.
  if (scope.payers?.length)
    add(
      (p) =>
        `EXISTS (SELECT 1 FROM encounter_versions v WHERE v.id = e.current_version_id AND v.payer = ANY(${p}::text[]))`,
      scope.payers,
    );
  if (scope.from) add((p) => `e.encounter_date >= ${p}::date`, scope.from);
  if (scope.to) add((p) => `e.encounter_date <= ${p}::date`, scope.to);
  if (scope.flaggedOnly) where.push('e.flagged');
  return where;
}

/**
 * Reads the frame in one statement (one snapshot). It reads the narrow `encounters` table, which
 * carries a copy of each current version's list fields, marks recent audits with a hash anti-join and
 * returns one text: the coder ids, then a line per encounter "<version id><0|1 recent><coder number>"
 * (+ tab-separated extras when rules need them), sorted by version id. Parsing that is several times
 * faster than a million row objects through the driver. work_mem is raised for this transaction only,
 * so the sort of 10⁶ ids stays in memory instead of spilling to disk.
 */
export async function loadFrame(
  db: DataSource,
  scope: FrameScope,
  needs: FrameNeeds,
  exclusionWindowDays: number,
): Promise<LoadedFrame> {
  const params: unknown[] = [exclusionWindowDays];
  const where = scopeConditions(scope, params);
  const extras = [
    needs.drg ? `coalesce(e.drg, '') || E'\\t' || coalesce(w.relative_weight::text, '')` : null,
    needs.flagged ? `CASE WHEN e.flagged THEN '1' ELSE '0' END` : null,
    needs.grouperDiffers
      ? `CASE WHEN e.flagged AND EXISTS (SELECT 1 FROM encounter_versions gv WHERE gv.id = e.current_version_id AND 'DRG_GROUPER_DIFFERS' = ANY(gv.flags)) THEN '1' ELSE '0' END`
      : null,
    needs.codes
      ? `coalesce((SELECT string_agg(ec.code, ' ') FROM encounter_codes ec WHERE ec.version_id = e.current_version_id), '')`
      : null,
  ].filter((part): part is string => part !== null);
  const line = [
    `e.current_version_id::text || CASE WHEN r.encounter_id IS NULL THEN '0' ELSE '1' END || ck.k::text`,
    ...extras,
  ].join(` || E'\\t' || `);
  // One row of two texts, however large the frame: checking it costs nothing.
  const rows = await db.transaction(async (m) => {
    await execute(m, `SET LOCAL work_mem = '256MB'`);
    await execute(m, 'SET LOCAL jit = off');
    return selectRows(
      m,
      FrameTextRow,
      `WITH ck AS (SELECT id, (row_number() OVER (ORDER BY id))::int AS k FROM coders),
            recent AS (
              SELECT DISTINCT ai.encounter_id FROM audit_items ai
               WHERE ai.status IN ('assigned', 'in_progress', 'reviewed') AND ai.created_at >= now() - make_interval(days => $1::int))
       SELECT (SELECT string_agg(id::text, ',' ORDER BY k) FROM ck) AS coders,
              string_agg(${line}, E'\\n' ORDER BY e.current_version_id) AS frame
         FROM encounters e
         JOIN ck ON ck.id = e.coder_id
         LEFT JOIN recent r ON r.encounter_id = e.id
         ${needs.drg ? `LEFT JOIN ms_drgs w ON w.fiscal_year = e.fiscal_year AND w.drg = lpad(e.drg, 3, '0')` : ''}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
  });
  return parseFrame(rows[0]?.coders ?? '', rows[0]?.frame ?? '', needs);
}

/** `coders`: comma-separated coder ids, numbered from 1 in the frame lines. */
export function parseFrame(coders: string, text: string, needs: FrameNeeds): LoadedFrame {
  const coderIds = coders ? coders.split(',') : [];
  const items: FrameItem[] = [];
  const excludedIds = new Set<string>();
  const withExtras = needs.codes || needs.drg || needs.flagged || needs.grouperDiffers === true;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = withExtras ? text.indexOf('\t', start) : -1;
    const coderEnd = tab !== -1 && tab < end ? tab : end;
    const id = text.slice(start, start + UUID_LENGTH);
    const coderId = coderIds[Number(text.slice(start + UUID_LENGTH + 1, coderEnd)) - 1] ?? '';
    if (text.charCodeAt(start + UUID_LENGTH) === 49) excludedIds.add(id);
    if (withExtras) items.push({ id, coderId, ...extrasOf(text.slice(coderEnd + 1, end).split('\t'), needs) });
    else items.push({ id, coderId });
    start = end + 1;
  }
  return { items, excludedIds };
}

function extrasOf(parts: string[], needs: FrameNeeds): Partial<FrameItem> {
  const out: {
    drg?: string | null;
    drgWeight?: number | null;
    flaggedAtImport?: boolean;
    drgDiffersFromGrouper?: boolean;
    codes?: string[];
  } = {};
  let i = 0;
  if (needs.drg) {
    out.drg = parts[i] || null;
    out.drgWeight = parts[i + 1] ? Number(parts[i + 1]) : null;
    i += 2;
  }
  if (needs.flagged) out.flaggedAtImport = parts[i++] === '1';
  if (needs.grouperDiffers) out.drgDiffersFromGrouper = parts[i++] === '1';
  if (needs.codes) out.codes = parts[i] ? parts[i].split(' ') : [];
  return out;
}
