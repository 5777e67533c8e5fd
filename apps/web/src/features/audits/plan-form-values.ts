import type { CreatePlanInput, EncounterSettingCode, PlanMethodType, TargetingRuleInput } from '@recode/contracts';

/** What the plan form holds: text as typed, turned into a request only on preview or save. */
export interface PlanFormValues {
  name: string;
  dateFrom: string;
  dateTo: string;
  settings: EncounterSettingCode[];
  teamIds: string[];
  coderIds: string[];
  flaggedOnly: boolean;
  method: PlanMethodType;
  /** Sample size, per-coder n or percent, depending on the method. */
  size: string;
  percentPer: 'overall' | 'coder';
  seed: string;
  spares: string;
  rulesCombine: 'all' | 'any';
  drgWeightAbove: string;
  drgIn: string;
  codeIn: string;
  flaggedAtImport: boolean;
  newCoders: boolean;
  codersBelowTarget: boolean;
}

export const EMPTY_PLAN_FORM: PlanFormValues = {
  name: '',
  dateFrom: '',
  dateTo: '',
  settings: [],
  teamIds: [],
  coderIds: [],
  flaggedOnly: false,
  method: 'fixedPerCoder',
  size: '10',
  percentPer: 'overall',
  seed: '',
  spares: '2',
  rulesCombine: 'any',
  drgWeightAbove: '',
  drgIn: '',
  codeIn: '',
  flaggedAtImport: false,
  newCoders: false,
  codersBelowTarget: false,
};

export const METHOD_LABELS: Record<PlanMethodType, string> = {
  simpleRandom: 'Simple random',
  fixedPerCoder: 'Stratified: fixed number per coder (probe)',
  proportional: 'Stratified: proportional to volume',
  percentage: 'Percentage of volume',
};

export const SIZE_LABELS: Record<PlanMethodType, string> = {
  simpleRandom: 'Sample size (records)',
  fixedPerCoder: 'Records per coder',
  proportional: 'Sample size (records)',
  percentage: 'Percent of volume',
};

/** "291, 292 470" → ["291", "292", "470"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A number as typed; text that is not a number stays text so the schema names the field in its message. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

function method(values: PlanFormValues): CreatePlanInput['method'] {
  // The schema checks the numbers; a cast keeps "ten" reaching it as text, where it gets a field message.
  const size = numberOrText(values.size) as number;
  switch (values.method) {
    case 'simpleRandom':
      return { type: 'simpleRandom', sampleSize: size };
    case 'fixedPerCoder':
      return { type: 'fixedPerCoder', perCoder: size };
    case 'proportional':
      return { type: 'proportional', sampleSize: size };
    case 'percentage':
      return { type: 'percentage', percent: size, per: values.percentPer };
  }
}

export function targetingRules(values: PlanFormValues): TargetingRuleInput[] {
  const rules: TargetingRuleInput[] = [];
  if (values.drgWeightAbove.trim()) rules.push({ type: 'drgWeightAbove', weight: numberOrText(values.drgWeightAbove) as number });
  const drgs = splitList(values.drgIn);
  if (drgs.length) rules.push({ type: 'drgIn', drgs });
  const codes = splitList(values.codeIn).map((code) => code.replace('.', '').toUpperCase());
  if (codes.length) rules.push({ type: 'codeIn', codes, match: 'prefix' });
  if (values.flaggedAtImport) rules.push({ type: 'flaggedAtImport' });
  if (values.newCoders) rules.push({ type: 'newCoders', startedWithinDays: 90 });
  if (values.codersBelowTarget) rules.push({ type: 'codersBelowTarget', target: 0.95, lookbackMonths: 3 });
  return rules;
}

/** The request the API validates with createPlanRequestSchema (and, without a name, previewPlanRequestSchema). */
export function toPlanRequest(values: PlanFormValues): CreatePlanInput {
  const rules = targetingRules(values);
  const scope: CreatePlanInput['scope'] = {
    ...(values.dateFrom ? { dateFrom: values.dateFrom } : {}),
    ...(values.dateTo ? { dateTo: values.dateTo } : {}),
    ...(values.settings.length ? { settings: values.settings } : {}),
    ...(values.teamIds.length ? { teamIds: values.teamIds } : {}),
    ...(values.coderIds.length ? { coderIds: values.coderIds } : {}),
    ...(values.flaggedOnly ? { flaggedOnly: true } : {}),
  };
  return {
    name: values.name.trim(),
    scope,
    method: method(values),
    rules: rules.length ? { combine: values.rulesCombine, rules } : null,
    seed: values.seed.trim() || null,
    spares: numberOrText(values.spares || '0') as number,
  };
}
