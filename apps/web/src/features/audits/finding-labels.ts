import type { FindingDirection, FindingImpact } from '@recode/contracts';

export const IMPACT_LABELS: Record<FindingImpact, string> = {
  financial: 'Financial',
  compliance: 'Compliance',
  data_quality: 'Data quality',
};

export const DIRECTION_LABELS: Record<FindingDirection, string> = {
  over: 'Over-coded',
  under: 'Under-coded',
  neutral: 'Neutral',
};
