import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FeedbackMonthDto, FeedbackSummaryDto } from '@recode/contracts';
import { DataSource } from 'typeorm';
import type { AuthedContext } from '../common/request-context';
import { selectRow, selectRows } from '../database/sql';
import { CoderRefRow, FeedbackRollupRow } from './dispute-sql-rows';
import { FOCUS_MONTHS, focusList } from './focus-list';

/** "My feedback": the signed-in coder's own monthly rollups, never anyone else's (no parameter names a coder). */
@Injectable()
export class FeedbackService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summary(ctx: AuthedContext): Promise<FeedbackSummaryDto> {
    const coderId = ctx.user.coderId;
    if (!coderId) return { coder: null, months: [], focus: [], focusMonths: FOCUS_MONTHS };
    const coder = await selectRow(
      this.db,
      CoderRefRow,
      'SELECT id, external_id AS "externalId", display_name AS "displayName", team_id AS "teamId" FROM coders WHERE id = $1',
      [coderId],
    );
    const rows = await selectRows(
      this.db,
      FeedbackRollupRow,
      `SELECT to_char(month, 'YYYY-MM-DD') AS month, records_reviewed AS "recordsReviewed", codes_reviewed AS "codesReviewed",
              code_accuracy AS "codeAccuracy", code_accuracy_lower AS "codeAccuracyLower", code_accuracy_upper AS "codeAccuracyUpper",
              record_accuracy AS "recordAccuracy", record_accuracy_lower AS "recordAccuracyLower", record_accuracy_upper AS "recordAccuracyUpper",
              preliminary, population, category_errors AS "categoryErrors"
         FROM score_rollups WHERE scope = 'coder' AND scope_id = $1 ORDER BY month`,
      [coderId],
    );
    const months: FeedbackMonthDto[] = rows.map((r) => {
      // The methods scoreBlock uses for a coder-month (exact hypergeometric limits when the month's population is known;
      // the observed rate when every record of it was reviewed).
      const census = r.population !== null && r.population === r.recordsReviewed;
      return {
        month: r.month,
        recordsReviewed: r.recordsReviewed,
        codesReviewed: r.codesReviewed,
        preliminary: r.preliminary,
        population: r.population,
        codeAccuracy: {
          estimate: r.codeAccuracy,
          lower: r.codeAccuracyLower,
          upper: r.codeAccuracyUpper,
          method: census ? 'census' : 'korn-graubard',
        },
        recordAccuracy: {
          estimate: r.recordAccuracy,
          lower: r.recordAccuracyLower,
          upper: r.recordAccuracyUpper,
          method: census ? 'census' : r.population === null ? 'clopper-pearson' : 'hypergeometric-exact',
        },
      };
    });
    return { coder: coder ?? null, months, focus: focusList(rows), focusMonths: FOCUS_MONTHS };
  }
}
