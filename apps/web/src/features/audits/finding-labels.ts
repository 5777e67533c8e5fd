import type { FindingDirection, FindingImpact, FindingType, ReferenceKind, RootCause } from '@recode/contracts';

export const FINDING_TYPE_LABELS: Record<FindingType, string> = {
  added: 'Added (missed)',
  deleted: 'Deleted (unsupported)',
  revised: 'Revised',
  resequenced: 'Resequenced',
  poa_changed: 'POA changed',
  modifier_changed: 'Modifier changed',
  drg_changed: 'DRG changed',
  em_level_changed: 'E/M level changed',
  units_changed: 'Units changed',
};

export const ROOT_CAUSE_LABELS: Record<RootCause, string> = {
  coder: 'Coder',
  documentation: 'Documentation',
  system: 'System',
  guideline_ambiguity: 'Guideline ambiguity',
};

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

export const REFERENCE_KIND_LABELS: Record<ReferenceKind, string> = {
  guidelines: 'ICD-10-CM Official Guidelines',
  coding_clinic: 'Coding Clinic',
  other: 'Other',
};
