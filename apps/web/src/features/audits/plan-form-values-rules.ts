import type { PlanRules, TargetingRuleInput } from '@recode/contracts';
import type { PlanFormValues } from './plan-form-values-shape';
import { numberOrText, splitList } from './plan-form-values-text';

type RuleType = TargetingRuleInput['type'];
type RuleFormKey = keyof PlanFormValues & string;

/** Which form field holds each rule's numbers or list; an error in rules.rules.N.<part> shows there. */
const RULE_FIELDS: Record<RuleType, Partial<Record<string, RuleFormKey>> & { default: RuleFormKey }> = {
  drgWeightAbove: { default: 'drgWeightAbove' },
  drgIn: { default: 'drgIn' },
  codeIn: { default: 'codeIn' },
  flaggedAtImport: { default: 'flaggedAtImport' },
  drgDiffersFromGrouper: { default: 'drgDiffersFromGrouper' },
  newCoders: { default: 'newCodersDays' },
  codersBelowTarget: { default: 'belowTargetPercent', lookbackMonths: 'lookbackMonths' },
};

/** "95" (percent, as people say it) → 0.95 (the fraction the API stores); text stays text for the schema to refuse. */
function fractionOf(percent: string): number {
  const value = numberOrText(percent || '95');
  return typeof value === 'number' ? Number((value / 100).toFixed(6)) : value;
}

const percentOf = (fraction: number): string => String(Number((fraction * 100).toFixed(4)));

/** The rules that were filled in, always in this order (rule errors are mapped back by position). */
export function targetingRules(values: PlanFormValues): TargetingRuleInput[] {
  const rules: TargetingRuleInput[] = [];
  if (values.drgWeightAbove.trim()) rules.push({ type: 'drgWeightAbove', weight: numberOrText(values.drgWeightAbove) });
  const drgs = splitList(values.drgIn);
  if (drgs.length) rules.push({ type: 'drgIn', drgs });
  // Codes are stored without dots and in upper case, as the code sets keep them.
  const codes = splitList(values.codeIn).map((code) => code.replaceAll('.', '').toUpperCase());
  if (codes.length) rules.push({ type: 'codeIn', codes, match: values.codeMatch });
  if (values.flaggedAtImport) rules.push({ type: 'flaggedAtImport' });
  if (values.drgDiffersFromGrouper) rules.push({ type: 'drgDiffersFromGrouper' });
  if (values.newCoders)
    rules.push({ type: 'newCoders', startedWithinDays: numberOrText(values.newCodersDays || '90') });
  if (values.codersBelowTarget) {
    rules.push({
      type: 'codersBelowTarget',
      target: fractionOf(values.belowTargetPercent),
      lookbackMonths: numberOrText(values.lookbackMonths || '3'),
    });
  }
  return rules;
}

/** The form field an error at rules.rules.<index>.<part> belongs to; null when there is no such rule. */
export function ruleErrorField(values: PlanFormValues, index: number, part: string | undefined): RuleFormKey | null {
  const rule = targetingRules(values)[index];
  if (!rule) return null;
  const fields = RULE_FIELDS[rule.type];
  return (part ? fields[part] : undefined) ?? fields.default;
}

/** A saved plan's rules back into the form; two rules of one kind (possible through the API) are merged. */
export function rulesToValues(rules: PlanRules | null): Partial<PlanFormValues> {
  if (!rules) return {};
  const values: Partial<PlanFormValues> = { rulesCombine: rules.combine };
  const drgs: string[] = [];
  const codes: string[] = [];
  for (const rule of rules.rules) {
    switch (rule.type) {
      case 'drgWeightAbove':
        values.drgWeightAbove = String(rule.weight);
        break;
      case 'drgIn':
        drgs.push(...rule.drgs);
        break;
      case 'codeIn':
        codes.push(...rule.codes);
        values.codeMatch = rule.match;
        break;
      case 'flaggedAtImport':
        values.flaggedAtImport = true;
        break;
      case 'drgDiffersFromGrouper':
        values.drgDiffersFromGrouper = true;
        break;
      case 'newCoders':
        values.newCoders = true;
        values.newCodersDays = String(rule.startedWithinDays);
        break;
      case 'codersBelowTarget':
        values.codersBelowTarget = true;
        values.belowTargetPercent = percentOf(rule.target);
        values.lookbackMonths = String(rule.lookbackMonths);
        break;
    }
  }
  if (drgs.length) values.drgIn = drgs.join(', ');
  if (codes.length) values.codeIn = codes.join(', ');
  return values;
}
