import type { PlanMethod, PlanRules } from '@recode/contracts';

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
