import type { FeedbackFocusDto, FindingCategory } from '@recode/contracts';

/** How many of the coder's latest months the focus list looks back over. */
export const FOCUS_MONTHS = 6;

/** Recurring error categories: errors summed over the window, most first; ties by how many months they recur in. */
export function focusList(
  rows: readonly { month: string; categoryErrors: Record<string, number> | null }[],
  months = FOCUS_MONTHS,
): FeedbackFocusDto[] {
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
