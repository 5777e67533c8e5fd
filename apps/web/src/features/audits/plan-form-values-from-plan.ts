import type { AuditPlanDto } from '@recode/contracts';
import { EMPTY_PLAN_FORM, type PlanFormValues } from './plan-form-values';
import { rulesToValues } from './plan-form-values-rules';

function sizeOf(method: AuditPlanDto['method']): string {
  switch (method.type) {
    case 'simpleRandom':
    case 'proportional':
    case 'ratstats':
      return String(method.sampleSize);
    case 'fixedPerCoder':
      return String(method.perCoder);
    case 'percentage':
      return String(method.percent);
  }
}

const textOf = (value: number | null): string => (value === null ? '' : String(value));

/** A saved plan as the form shows it, so editing starts from exactly what is stored. */
export function planToFormValues(plan: AuditPlanDto): PlanFormValues {
  const { scope, method, schedule } = plan;
  return {
    ...EMPTY_PLAN_FORM,
    name: plan.name,
    description: plan.description ?? '',
    periodMode: scope.relativePeriod ? 'relative' : 'dates',
    dateFrom: scope.dateFrom ?? '',
    dateTo: scope.dateTo ?? '',
    relativePeriod: scope.relativePeriod ?? EMPTY_PLAN_FORM.relativePeriod,
    facilities: (scope.facilities ?? []).join(', '),
    payers: (scope.payers ?? []).join(', '),
    settings: scope.settings ?? [],
    // What was asked for (none = all of the supervisor's teams), not plan.teamIds, which is what that resolved to.
    teamIds: scope.teamIds ?? [],
    coderIds: scope.coderIds ?? [],
    flaggedOnly: scope.flaggedOnly ?? false,
    method: method.type,
    size: sizeOf(method),
    percentPer: method.type === 'percentage' ? method.per : EMPTY_PLAN_FORM.percentPer,
    frameOrder: method.type === 'ratstats' ? method.frameOrder : EMPTY_PLAN_FORM.frameOrder,
    seed: plan.seed ?? '',
    spares: String(plan.spares),
    exclusionWindowDays: textOf(plan.exclusionWindowDays),
    dueInDays: textOf(plan.dueInDays),
    auditorIds: plan.auditorIds,
    ...rulesToValues(plan.rules),
    schedule: schedule?.frequency ?? 'none',
    dayOfWeek: schedule?.frequency === 'weekly' ? String(schedule.dayOfWeek) : EMPTY_PLAN_FORM.dayOfWeek,
    dayOfMonth: schedule?.frequency === 'monthly' ? String(schedule.dayOfMonth) : EMPTY_PLAN_FORM.dayOfMonth,
    scheduleHour: schedule ? String(schedule.hour) : EMPTY_PLAN_FORM.scheduleHour,
  };
}
