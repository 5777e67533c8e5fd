import type { PlanMethod, PlanRules, PlanSchedule, PlanScope, TargetingRuleInput } from '@recode/contracts';
import {
  allOf,
  anyOf,
  codeIn,
  coderBelowTarget,
  drgDiffersFromGrouper,
  drgIn,
  drgWeightAbove,
  flaggedAtImport,
  newCoder,
  type SamplePlan,
  type TargetingRule,
} from '@recode/domain';

/** The contract's method as the domain's plan. Stratified methods always stratify by coder. */
export function toDomainPlan(
  method: PlanMethod,
  seed: string,
  spares: number,
  rule: TargetingRule | undefined,
): SamplePlan {
  const base = { seed, spares, ...(rule ? { rule } : {}) };
  switch (method.type) {
    // RAT-STATS plans draw in ratstats-draw.ts; as a domain plan (preview, sizes) they are unrestricted.
    case 'simpleRandom':
    case 'ratstats':
      return { ...base, method: 'simpleRandom', sampleSize: method.sampleSize };
    case 'fixedPerCoder':
      return { ...base, method: 'fixedPerStratum', perStratum: method.perCoder, stratifyBy: 'coder' };
    case 'proportional':
      return { ...base, method: 'proportional', sampleSize: method.sampleSize, stratifyBy: 'coder' };
    case 'percentage':
      return {
        ...base,
        method: 'percentage',
        percent: method.percent,
        per: method.per === 'coder' ? 'stratum' : 'overall',
        stratifyBy: 'coder',
      };
  }
}

/** Whether items are drawn per coder (their stratum is the coder id) or from the whole frame ('*'). */
export function isStratified(method: PlanMethod): boolean {
  return (
    method.type === 'fixedPerCoder' ||
    method.type === 'proportional' ||
    (method.type === 'percentage' && method.per === 'coder')
  );
}

/** Where a rule's resolved coder list is kept in the audit's snapshot. */
export const ruleListKey = (index: number): string => `rules[${index}]`;

function toRule(input: TargetingRuleInput, coderIds: readonly string[] | undefined): TargetingRule {
  switch (input.type) {
    case 'drgWeightAbove':
      return drgWeightAbove(input.weight);
    case 'drgIn':
      return drgIn(input.drgs);
    case 'codeIn':
      return codeIn(input.codes, input.match);
    case 'flaggedAtImport':
      return flaggedAtImport();
    case 'drgDiffersFromGrouper':
      return drgDiffersFromGrouper();
    case 'newCoders':
      return newCoder(coderIds ?? []);
    case 'codersBelowTarget':
      return coderBelowTarget(coderIds ?? []);
  }
}

export function toTargetingRule(
  rules: PlanRules | null,
  resolved: Readonly<Record<string, string[]>>,
): TargetingRule | undefined {
  if (rules === null || rules.rules.length === 0) return undefined;
  const parts = rules.rules.map((rule, index) => toRule(rule, resolved[ruleListKey(index)]));
  if (parts.length === 1) return parts[0];
  return rules.combine === 'all' ? allOf(...parts) : anyOf(...parts);
}

/** What the frame query must fetch besides ids and coders, so a plain probe reads two columns only. */
export function frameNeeds(rules: PlanRules | null): {
  codes: boolean;
  drg: boolean;
  flagged: boolean;
  grouperDiffers: boolean;
} {
  const types = new Set((rules?.rules ?? []).map((rule) => rule.type));
  return {
    codes: types.has('codeIn'),
    drg: types.has('drgIn') || types.has('drgWeightAbove'),
    flagged: types.has('flaggedAtImport'),
    grouperDiffers: types.has('drgDiffersFromGrouper'),
  };
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** Concrete dates of a scope on `today` (UTC): weeks run Monday–Sunday, "previous" means the last complete one. */
export function resolvePeriod(scope: PlanScope, today: Date): { from: string | null; to: string | null } {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  switch (scope.relativePeriod) {
    case 'previous_week': {
      const mondayOffset = (today.getUTCDay() + 6) % 7;
      const thisMonday = Date.UTC(y, m, today.getUTCDate() - mondayOffset);
      return { from: iso(new Date(thisMonday - 7 * 86_400_000)), to: iso(new Date(thisMonday - 86_400_000)) };
    }
    case 'previous_month':
      return { from: iso(new Date(Date.UTC(y, m - 1, 1))), to: iso(new Date(Date.UTC(y, m, 0))) };
    case 'previous_quarter': {
      const quarterStart = m - (m % 3);
      return { from: iso(new Date(Date.UTC(y, quarterStart - 3, 1))), to: iso(new Date(Date.UTC(y, quarterStart, 0))) };
    }
    default:
      return { from: scope.dateFrom ?? null, to: scope.dateTo ?? null };
  }
}

/** BullMQ cron pattern (UTC) of a plan's schedule. */
export function schedulePattern(schedule: PlanSchedule): string {
  return schedule.frequency === 'weekly'
    ? `0 ${schedule.hour} * * ${schedule.dayOfWeek}`
    : `0 ${schedule.hour} ${schedule.dayOfMonth} * *`;
}
