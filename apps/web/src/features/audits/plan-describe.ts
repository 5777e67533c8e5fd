import type { PlanMethod, PlanRules, PlanSchedule, PlanScope } from '@recode/contracts';
import { formatDate } from '../../lib/format';
import { FRAME_ORDER_LABELS, RELATIVE_PERIOD_LABELS, WEEKDAY_LABELS } from './plan-form-values';

/** A plan's method in a few words, e.g. "30 per coder" or "5% of each coder’s volume". */
export function describeMethod(method: PlanMethod): string {
  switch (method.type) {
    case 'simpleRandom':
      return `Simple random, ${method.sampleSize} records`;
    case 'fixedPerCoder':
      return `${method.perCoder} per coder`;
    case 'proportional':
      return `Proportional, ${method.sampleSize} records`;
    case 'percentage':
      return `${method.percent}% of ${method.per === 'coder' ? 'each coder’s' : 'all'} volume`;
    case 'ratstats':
      return `RAT-STATS random numbers, ${method.sampleSize} records (frame numbered ${FRAME_ORDER_LABELS[method.frameOrder].toLowerCase()})`;
  }
}

export function describeRules(rules: PlanRules | null): string {
  if (!rules || rules.rules.length === 0) return 'None';
  const parts = rules.rules.map((rule) => {
    switch (rule.type) {
      case 'drgWeightAbove':
        return `DRG weight above ${rule.weight}`;
      case 'drgIn':
        return `DRG ${rule.drgs.join(', ')}`;
      case 'codeIn':
        return `codes ${rule.codes.join(', ')}${rule.match === 'prefix' ? '…' : ''}`;
      case 'flaggedAtImport':
        return 'flagged at import';
      case 'newCoders':
        return `coders started within ${rule.startedWithinDays} days`;
      case 'codersBelowTarget':
        return `coders below ${Math.round(rule.target * 100)}%`;
    }
  });
  return parts.join(rules.combine === 'all' ? ' and ' : ' or ');
}

const hourUtc = (hour: number): string => `${String(hour).padStart(2, '0')}:00 UTC`;

/** "Monthly on day 1 at 06:00 UTC", "Weekly on Monday at 06:00 UTC", or "Not scheduled". */
export function describeSchedule(schedule: PlanSchedule | null): string {
  if (!schedule) return 'Not scheduled';
  if (schedule.frequency === 'weekly')
    return `Weekly on ${WEEKDAY_LABELS[schedule.dayOfWeek] ?? schedule.dayOfWeek} at ${hourUtc(schedule.hour)}`;
  return `Monthly on day ${schedule.dayOfMonth} at ${hourUtc(schedule.hour)}`;
}

/** The encounter dates a plan covers: fixed dates, a relative period, or all of them. */
export function describePeriod(scope: PlanScope): string {
  if (scope.relativePeriod) return `${RELATIVE_PERIOD_LABELS[scope.relativePeriod]} (at each run)`;
  if (scope.dateFrom || scope.dateTo) return `${formatDate(scope.dateFrom)} – ${formatDate(scope.dateTo)}`;
  return 'All dates';
}
