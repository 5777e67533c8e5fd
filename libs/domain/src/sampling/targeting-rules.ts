import { normalizeCode } from '../code-sets/code-system';
import { checkMsDrgFormat } from '../code-sets/ms-drg';
import type { FrameItem } from './frame';
import { SamplingError } from './sampling-error';

/**
 * Risk-based targeting as plain JSON, stored with the plan. Coder lists (new coders, coders under
 * target) are resolved by the caller at planning time and frozen into the rule, so redrawing the
 * sample later gives the same frame even after those lists change.
 */
export type TargetingRule =
  | { readonly type: 'allOf'; readonly rules: readonly TargetingRule[] }
  | { readonly type: 'anyOf'; readonly rules: readonly TargetingRule[] }
  | { readonly type: 'drgWeightAbove'; readonly weight: number }
  | { readonly type: 'drgIn'; readonly drgs: readonly string[] }
  | { readonly type: 'codeIn'; readonly codes: readonly string[]; readonly match: 'exact' | 'prefix' }
  | { readonly type: 'flaggedAtImport' }
  | { readonly type: 'drgDiffersFromGrouper' }
  | { readonly type: 'newCoder'; readonly coderIds: readonly string[] }
  | { readonly type: 'coderBelowTarget'; readonly coderIds: readonly string[] };

export const allOf = (...rules: TargetingRule[]): TargetingRule => ({ type: 'allOf', rules });
export const anyOf = (...rules: TargetingRule[]): TargetingRule => ({ type: 'anyOf', rules });
/** Strictly above: drgWeightAbove(2) keeps 2.0001, not 2. Encounters without a weight never match. */
export const drgWeightAbove = (weight: number): TargetingRule => ({ type: 'drgWeightAbove', weight });
export const drgIn = (drgs: readonly string[]): TargetingRule => ({ type: 'drgIn', drgs });
/** 'prefix' selects a family: codeIn(['A41'], 'prefix') matches A419. */
export const codeIn = (codes: readonly string[], match: 'exact' | 'prefix' = 'exact'): TargetingRule => ({
  type: 'codeIn',
  codes,
  match,
});
export const flaggedAtImport = (): TargetingRule => ({ type: 'flaggedAtImport' });
/** Billed MS-DRG differs from the grouper's DRG at import. */
export const drgDiffersFromGrouper = (): TargetingRule => ({ type: 'drgDiffersFromGrouper' });
export const newCoder = (coderIds: readonly string[]): TargetingRule => ({ type: 'newCoder', coderIds });
export const coderBelowTarget = (coderIds: readonly string[]): TargetingRule => ({
  type: 'coderBelowTarget',
  coderIds,
});

export type FramePredicate = (item: FrameItem) => boolean;

function invalid(path: string, message: string): SamplingError {
  return new SamplingError('SAMPLE_RULE_INVALID', `${path}: ${message}`, { path });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, path: string, what: string, allowEmpty = false): string[] {
  if (
    !Array.isArray(value) ||
    (value.length === 0 && !allowEmpty) ||
    !value.every((entry) => typeof entry === 'string')
  ) {
    throw invalid(path, `must be a ${allowEmpty ? '' : 'non-empty '}list of ${what}`);
  }
  return value as string[];
}

function normalizedDrgs(drgs: readonly string[], path: string): Set<string> {
  return new Set(
    drgs.map((raw, index) => {
      const checked = checkMsDrgFormat(raw);
      if (!checked.ok) throw invalid(`${path}[${index}]`, checked.reason);
      return checked.drg;
    }),
  );
}

/**
 * Checks a rule that arrived as JSON and turns it into a predicate. Empty allOf/anyOf lists are
 * refused rather than given a meaning, since "match all" or "match none" is rarely what was meant.
 */
export function compileTargetingRule(rule: unknown, path = 'rule'): FramePredicate {
  if (!isRecord(rule)) throw invalid(path, 'must be an object with a "type"');
  switch (rule.type) {
    case 'allOf':
    case 'anyOf': {
      if (!Array.isArray(rule.rules) || rule.rules.length === 0)
        throw invalid(`${path}.rules`, 'must be a non-empty list of rules');
      const parts = rule.rules.map((part: unknown, index: number) =>
        compileTargetingRule(part, `${path}.rules[${index}]`),
      );
      return rule.type === 'allOf'
        ? (item) => parts.every((part) => part(item))
        : (item) => parts.some((part) => part(item));
    }
    case 'drgWeightAbove': {
      const { weight } = rule;
      if (typeof weight !== 'number' || !Number.isFinite(weight)) throw invalid(`${path}.weight`, 'must be a number');
      return (item) => typeof item.drgWeight === 'number' && item.drgWeight > weight;
    }
    case 'drgIn': {
      const drgs = normalizedDrgs(stringList(rule.drgs, `${path}.drgs`, 'DRG numbers'), `${path}.drgs`);
      return (item) => {
        const checked = item.drg ? checkMsDrgFormat(item.drg) : null;
        return checked !== null && checked.ok && drgs.has(checked.drg);
      };
    }
    case 'codeIn': {
      const codes = stringList(rule.codes, `${path}.codes`, 'codes').map(normalizeCode);
      if (rule.match !== 'exact' && rule.match !== 'prefix')
        throw invalid(`${path}.match`, 'must be "exact" or "prefix"');
      const wanted = new Set(codes);
      const matches =
        rule.match === 'exact'
          ? (code: string) => wanted.has(code)
          : (code: string) => codes.some((prefix) => code.startsWith(prefix));
      return (item) => (item.codes ?? []).some((code) => matches(normalizeCode(code)));
    }
    case 'flaggedAtImport':
      return (item) => item.flaggedAtImport === true;
    case 'drgDiffersFromGrouper':
      return (item) => item.drgDiffersFromGrouper === true;
    case 'newCoder':
    case 'coderBelowTarget': {
      // An empty list is normal here ("no new coders this month") and simply matches nothing.
      const coderIds = new Set(stringList(rule.coderIds, `${path}.coderIds`, 'coder ids', true));
      return (item) => coderIds.has(item.coderId);
    }
    default:
      throw invalid(`${path}.type`, `unknown rule type ${JSON.stringify(rule.type)}`);
  }
}

export function matchesTargetingRule(rule: TargetingRule, item: FrameItem): boolean {
  return compileTargetingRule(rule)(item);
}
