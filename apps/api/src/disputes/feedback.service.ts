import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoderRef, FeedbackFocusDto, FeedbackMonthDto, FeedbackSummaryDto, FindingCategory } from '@recode/contracts';
import { DataSource } from 'typeorm';
import type { AuthedContext } from '../common/request-context';

/** How many of the coder's latest months the focus list looks back over. */
export const FOCUS_MONTHS = 6;

interface RollupRow {
  month: string;
  recordsReviewed: number;
  codesReviewed: number;
  codeAccuracy: number | null;
  codeAccuracyLower: number | null;
  codeAccuracyUpper: number | null;
  recordAccuracy: number | null;
  recordAccuracyLower: number | null;
  recordAccuracyUpper: number | null;
  preliminary: boolean;
  categoryErrors: Record<string, number> | null;
}

/** Recurring error categories: errors summed over the window, most first; ties by how many months they recur in. */
export function focusList(rows: readonly Pick<RollupRow, 'month' | 'categoryErrors'>[], months = FOCUS_MONTHS): FeedbackFocusDto[] {
  const recent = [...rows].sort((a, b) => a.month.localeCompare(b.month)).slice(-months);
  const totals = new Map<string, { errors: number; months: number }>();
  for (const row of recent) {
    for (const [category, errors] of Object.entries(row.categoryErrors ?? {})) {
      if (!errors) continue;
      const t = totals.get(category) ?? { errors: 0, months: 0 };
      totals.set(category, { errors: t.errors + errors, months: t.months + 1 });
    }
  }
  return [...totals.entries()]
    .map(([category, t]) => ({ category: category as FindingCategory, ...t }))
    .sort((a, b) => b.errors - a.errors || b.months - a.months || a.category.localeCompare(b.category));
}

/** "My feedback": the signed-in coder's own monthly rollups, never anyone else's (no parameter names a coder). */
@Injectable()
export class FeedbackService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summary(ctx: AuthedContext): Promise<FeedbackSummaryDto> {
    const coderId = ctx.user.coderId;
    if (!coderId) return { coder: null, months: [], focus: [], focusMonths: FOCUS_MONTHS };
    const [coder]: CoderRef[] = await this.db.query('SELECT id, external_id AS "externalId", display_name AS "displayName", team_id AS "teamId" FROM coders WHERE id = $1', [coderId]);
    const rows: RollupRow[] = await this.db.query(
      `SELECT to_char(month, 'YYYY-MM-DD') AS month, records_reviewed AS "recordsReviewed", codes_reviewed AS "codesReviewed",
              code_accuracy AS "codeAccuracy", code_accuracy_lower AS "codeAccuracyLower", code_accuracy_upper AS "codeAccuracyUpper",
              record_accuracy AS "recordAccuracy", record_accuracy_lower AS "recordAccuracyLower", record_accuracy_upper AS "recordAccuracyUpper",
              preliminary, category_errors AS "categoryErrors"
         FROM score_rollups WHERE scope = 'coder' AND scope_id = $1 ORDER BY month`,
      [coderId],
    );
    const months: FeedbackMonthDto[] = rows.map((r) => ({
      month: r.month, recordsReviewed: r.recordsReviewed, codesReviewed: r.codesReviewed, preliminary: r.preliminary,
      codeAccuracy: { estimate: r.codeAccuracy, lower: r.codeAccuracyLower, upper: r.codeAccuracyUpper },
      recordAccuracy: { estimate: r.recordAccuracy, lower: r.recordAccuracyLower, upper: r.recordAccuracyUpper },
    }));
    return { coder: coder ?? null, months, focus: focusList(rows), focusMonths: FOCUS_MONTHS };
  }
}
