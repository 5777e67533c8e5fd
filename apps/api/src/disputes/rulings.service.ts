import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, RulingDto, RulingsQuery } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { selectRows } from '../database/sql';
import { RulingSearchRow } from './dispute-sql-rows';

const DOCUMENT = `to_tsvector('english', de.rationale || ' ' || coalesce(de.reference->>'citation', ''))`;
const KIND: Record<RulingsQuery['kind'], string> = {
  rulings: `de.from_status = 'escalated'`,
  answers: `de.from_status = 'disputed' AND de.action IN ('withdraw', 'uphold')`,
  all: `(de.from_status = 'escalated' OR (de.from_status = 'disputed' AND de.action IN ('withdraw', 'uphold')))`,
};

/** The library's filters as SQL over de (dispute_events) and f (audit_findings), with the text rank; the search and its CSV export share it. */
export function rulingsFilter(
  query: Pick<RulingsQuery, 'kind' | 'code' | 'category' | 'q'>,
  params: unknown[],
): { where: string; rank: string } {
  const where = [KIND[query.kind], 'de.rationale IS NOT NULL'];
  if (query.code) {
    params.push(`${query.code}%`);
    const p = `$${params.length}`;
    where.push(
      `(f.code_before LIKE ${p} OR f.code_after LIKE ${p} OR f.drg_before LIKE ${p} OR f.drg_after LIKE ${p})`,
    );
  }
  if (query.category) {
    params.push(query.category);
    where.push(`f.category = $${params.length}`);
  }
  let rank = 'NULL::float8';
  if (query.q) {
    params.push(query.q, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const q = `$${params.length - 1}`;
    rank = `ts_rank(${DOCUMENT}, websearch_to_tsquery('english', ${q}))`;
    const like = `$${params.length}`;
    // The codes' own descriptions in the finding's year count too: "heart failure" finds a ruling on I50.21 → I50.23.
    const described = `EXISTS (SELECT 1 FROM code_sets cs JOIN codes c ON c.code_set_id = cs.id AND c.code IN (f.code_before, f.code_after)
                        WHERE cs.system = f.system AND cs.fiscal_year = f.fiscal_year
                          AND (to_tsvector('english', c.long_description) @@ websearch_to_tsquery('english', ${q}) OR c.long_description ILIKE ${like}))`;
    where.push(
      `(${DOCUMENT} @@ websearch_to_tsquery('english', ${q}) OR de.rationale ILIKE ${like} OR de.reference->>'citation' ILIKE ${like} OR ${described})`,
    );
  }
  return { where: where.join(' AND '), rank };
}

/**
 * The rulings library: rulings on escalations and auditors' answers, searchable by code (prefix,
 * before or after), category and text (PostgreSQL full text, ranked; ILIKE as well so a partial word
 * or a citation like "I.C.4" still matches; the text is also looked for in the descriptions of the
 * finding's codes in its fiscal year's set). Organisation-wide precedent: rows name no coder and no record.
 */
@Injectable()
export class RulingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(query: RulingsQuery): Promise<Page<RulingDto>> {
    const params: unknown[] = [];
    const { where, rank } = rulingsFilter(query, params);
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows = await selectRows(
      this.db,
      RulingSearchRow,
      `SELECT de.id AS "eventId", de.finding_id AS "findingId", de.action,
              CASE WHEN de.from_status = 'escalated' THEN 'ruling' ELSE 'answer' END AS stage, de.to_status AS outcome, f.category, f.code_before AS "codeBefore",
              f.code_after AS "codeAfter", f.fiscal_year AS "fiscalYear", de.rationale, de.reference, de.actor_id AS "actorId", u.display_name AS "actorName",
              de.at, ${rank} AS rank, count(*) OVER ()::int AS total
         FROM dispute_events de JOIN audit_findings f ON f.id = de.finding_id LEFT JOIN users u ON u.id = de.actor_id
        WHERE ${where}
        ORDER BY rank DESC NULLS LAST, de.at DESC, de.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map(({ actorId, actorName, at, total: _total, ...r }) => ({
        ...r,
        ruledBy: actorId ? { id: actorId, displayName: actorName ?? '' } : null,
        at: at.toISOString(),
      })),
      total: rows[0]?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
