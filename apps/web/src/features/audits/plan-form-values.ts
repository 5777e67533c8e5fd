import type { CreatePlanInput, PlanMethodType, RatStatsFrameOrder, UpdatePlanRequest } from '@recode/contracts';
import type { PlanFormValues, RelativePeriod } from './plan-form-values-shape';
import { targetingRules } from './plan-form-values-rules';
import { numberOrText, splitList } from './plan-form-values-text';

export { numberOrText, splitList } from './plan-form-values-text';

export type { PlanFormValues, RelativePeriod, ScheduleFrequency } from './plan-form-values-shape';

export const EMPTY_PLAN_FORM: PlanFormValues = {
  name: '',
  description: '',
  periodMode: 'dates',
  dateFrom: '',
  dateTo: '',
  relativePeriod: 'previous_month',
  facilities: '',
  payers: '',
  settings: [],
  teamIds: [],
  coderIds: [],
  flaggedOnly: false,
  method: 'fixedPerCoder',
  size: '10',
  percentPer: 'overall',
  frameOrder: 'externalId',
  seed: '',
  spares: '2',
  exclusionWindowDays: '',
  dueInDays: '',
  auditorIds: [],
  rulesCombine: 'any',
  drgWeightAbove: '',
  drgIn: '',
  codeIn: '',
  codeMatch: 'prefix',
  flaggedAtImport: false,
  drgDiffersFromGrouper: false,
  newCoders: false,
  newCodersDays: '90',
  codersBelowTarget: false,
  belowTargetPercent: '95',
  lookbackMonths: '3',
  schedule: 'none',
  dayOfWeek: '1',
  dayOfMonth: '1',
  scheduleHour: '6',
};

export const METHOD_LABELS: Record<PlanMethodType, string> = {
  simpleRandom: 'Simple random',
  fixedPerCoder: 'Stratified: fixed number per coder (probe)',
  proportional: 'Stratified: proportional to volume',
  percentage: 'Percentage of volume',
  ratstats: 'RAT-STATS random numbers (as government auditors draw)',
};

export const SIZE_LABELS: Record<PlanMethodType, string> = {
  simpleRandom: 'Sample size (records)',
  fixedPerCoder: 'Records per coder',
  proportional: 'Sample size (records)',
  percentage: 'Percent of volume',
  ratstats: 'Sample size (records)',
};

export const FRAME_ORDER_LABELS: Record<RatStatsFrameOrder, string> = {
  externalId: 'By record number',
  encounterDate: 'By encounter date, then record number',
};

export const RELATIVE_PERIOD_LABELS: Record<RelativePeriod, string> = {
  previous_week: 'Previous week',
  previous_month: 'Previous month',
  previous_quarter: 'Previous quarter',
};

export const WEEKDAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Blank means "use the setting" (null); anything else goes to the schema to judge. */
const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : numberOrText(text));

function method(values: PlanFormValues): CreatePlanInput['method'] {
  const size = numberOrText(values.size);
  switch (values.method) {
    case 'simpleRandom':
      return { type: 'simpleRandom', sampleSize: size };
    case 'fixedPerCoder':
      return { type: 'fixedPerCoder', perCoder: size };
    case 'proportional':
      return { type: 'proportional', sampleSize: size };
    case 'percentage':
      return { type: 'percentage', percent: size, per: values.percentPer };
    case 'ratstats':
      return { type: 'ratstats', sampleSize: size, frameOrder: values.frameOrder };
  }
}

function scope(values: PlanFormValues): NonNullable<CreatePlanInput['scope']> {
  const facilities = splitList(values.facilities);
  const payers = splitList(values.payers);
  const dates = values.periodMode === 'dates';
  return {
    ...(dates && values.dateFrom ? { dateFrom: values.dateFrom } : {}),
    ...(dates && values.dateTo ? { dateTo: values.dateTo } : {}),
    ...(dates ? {} : { relativePeriod: values.relativePeriod }),
    ...(facilities.length ? { facilities } : {}),
    ...(values.settings.length ? { settings: values.settings } : {}),
    ...(values.teamIds.length ? { teamIds: values.teamIds } : {}),
    ...(values.coderIds.length ? { coderIds: values.coderIds } : {}),
    ...(payers.length ? { payers } : {}),
    ...(values.flaggedOnly ? { flaggedOnly: true } : {}),
  };
}

function schedule(values: PlanFormValues): CreatePlanInput['schedule'] {
  const hour = numberOrText(values.scheduleHour || '6');
  if (values.schedule === 'weekly') return { frequency: 'weekly', dayOfWeek: numberOrText(values.dayOfWeek), hour };
  if (values.schedule === 'monthly') return { frequency: 'monthly', dayOfMonth: numberOrText(values.dayOfMonth), hour };
  return null;
}

/** The request the API validates with createPlanRequestSchema (and, without a name, previewPlanRequestSchema). */
export function toPlanRequest(values: PlanFormValues): CreatePlanInput {
  const rules = targetingRules(values);
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    scope: scope(values),
    method: method(values),
    rules: rules.length ? { combine: values.rulesCombine, rules } : null,
    seed: values.seed.trim() || null,
    spares: numberOrText(values.spares || '0'),
    exclusionWindowDays: numberOrNull(values.exclusionWindowDays),
    dueInDays: numberOrNull(values.dueInDays),
    auditorIds: values.auditorIds,
    schedule: schedule(values),
  };
}

/** PUT replaces every field; `version` is the one the editor loaded, so a concurrent edit gets 409. */
export function toUpdatePlanRequest(
  values: PlanFormValues,
  version: number,
): CreatePlanInput & Pick<UpdatePlanRequest, 'version'> {
  return { ...toPlanRequest(values), version };
}
