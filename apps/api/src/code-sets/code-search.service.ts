import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CodeSearchHit, CodeSearchQuery, CodeSearchResponse } from '@recode/contracts';
import { CODE_MATCH_SCORES, normalizeCode, rankCodeMatch } from '@recode/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors';
import { CodeSetLookup } from './code-set-lookup';

interface CandidateRow extends CodeSearchHit {
  billable: boolean;
}

const COLUMNS = 'code, billable, short_description AS "shortDescription", long_description AS "longDescription"';
const MAX_WORDS = 8;

/** The score band of rankCodeMatch: exact code > code prefix > words at word starts > words anywhere. */
function band(score: number): number {
  if (score >= CODE_MATCH_SCORES.exactCode) return 4;
  if (score >= CODE_MATCH_SCORES.codePrefix) return 3;
  if (score >= CODE_MATCH_SCORES.wordStarts) return 2;
  return score >= CODE_MATCH_SCORES.wordsAnywhere ? 1 : 0;
}

/**
 * The auditor's code picker. Candidates come from three indexed queries, one per band, each ordered
 * in SQL the way the final ranking orders that band (billable first, then closeness, then code) so
 * LIMIT cannot cut off a better match; a band runs only if the bands above left room. The
 * candidates are then re-ranked with rankCodeMatch, the same function the web picker uses.
 */
@Injectable()
export class CodeSearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: CodeSetLookup,
  ) {}

  async search(query: CodeSearchQuery): Promise<CodeSearchResponse> {
    const resolved = query.date !== undefined ? await this.lookup.resolve(query.system, query.date) : await this.lookup.resolveYear(query.system, query.fiscalYear ?? 0);
    if (!resolved.ok) {
      const path = query.date !== undefined ? 'query.date' : 'query.fiscalYear';
      throw new AppError(404, 'CODE_SET_NOT_LOADED', resolved.message, [{ path, message: resolved.message }]);
    }
    const { codeSet, warnings } = resolved;
    const candidates = await this.candidates(codeSet.id, query.q, query.limit);
    const items = candidates
      .map((row) => ({ row, score: rankCodeMatch(query.q, { code: row.code, description: row.longDescription }) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => band(b.score) - band(a.score) || Number(b.row.billable) - Number(a.row.billable) || b.score - a.score || (a.row.code < b.row.code ? -1 : 1))
      .slice(0, query.limit)
      .map(({ row }) => row);
    return { system: query.system, codeSet: { version: codeSet.version, fiscalYear: codeSet.fiscalYear, warnings }, items };
  }

  private async candidates(codeSetId: number, q: string, limit: number): Promise<CandidateRow[]> {
    const found = new Map<string, CandidateRow>();
    const add = (rows: CandidateRow[]): void => rows.forEach((row) => found.set(row.code, row));
    const codeQuery = normalizeCode(q);
    // Codes are at most 7 letters or digits; anything else cannot be a code prefix.
    if (/^[0-9A-Z]{1,7}$/.test(codeQuery)) {
      add(
        await this.db.query(
          `SELECT ${COLUMNS} FROM codes WHERE code_set_id = $1 AND code LIKE $2
            ORDER BY code = $3 DESC, billable DESC, length(code), code LIMIT $4`,
          [codeSetId, `${codeQuery}%`, codeQuery, limit],
        ),
      );
      if (found.size >= limit) return [...found.values()];
    }
    // The same split as rankCodeMatch and as the generated tsvector, so "matches" means the same thing.
    const words = [...new Set(q.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 0))].slice(0, MAX_WORDS);
    if (words.length === 0) return [...found.values()];
    const prefixQuery = words.map((word) => `${word}:*`).join(' & ');
    const wholeWords = words.map((_, i) => `(search @@ to_tsquery('simple', $${i + 4}))::int`).join(' + ');
    add(
      await this.db.query(
        `SELECT ${COLUMNS} FROM codes WHERE code_set_id = $1 AND search @@ to_tsquery('simple', $2)
          ORDER BY billable DESC, ${wholeWords} DESC, code LIMIT $3`,
        [codeSetId, prefixQuery, limit, ...words],
      ),
    );
    // Words inside other words ("oxem" in hypoxemia) use the trigram index, which needs 3 characters a
    // word: a 2-letter "anywhere" search would scan the whole set (~100 ms) for the weakest band.
    if (found.size >= limit || words.some((word) => word.length < 3)) return [...found.values()];
    // Words are [a-z0-9]+, so no LIKE escaping is needed.
    const contains = words.map((_, i) => `long_description ILIKE $${i + 4}`).join(' AND ');
    add(
      await this.db.query(
        `SELECT ${COLUMNS} FROM codes WHERE code_set_id = $1 AND ${contains} AND NOT search @@ to_tsquery('simple', $2)
          ORDER BY billable DESC, code LIMIT $3`,
        [codeSetId, prefixQuery, limit, ...words.map((word) => `%${word}%`)],
      ),
    );
    return [...found.values()];
  }
}
