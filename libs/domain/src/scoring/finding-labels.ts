import type { FindingCategory, FindingType, RootCause } from './types';

/** The one name of each finding category: dashboard, disputes, the coder's feedback, reports and notifications. */
export const CATEGORY_LABELS: Readonly<Record<FindingCategory, string>> = {
  principal_dx: 'Principal diagnosis',
  secondary_dx: 'Secondary diagnoses',
  pcs: 'ICD-10-PCS procedures',
  cpt: 'CPT procedures',
  hcpcs: 'HCPCS',
  modifier: 'Modifiers',
  units: 'Units',
  em_level: 'E/M level',
  poa: 'POA indicator',
  drg: 'DRG',
};

/** Outpatient, ED and pro-fee claims have a first-listed diagnosis; only inpatient stays have a principal one. */
export function categoryLabel(category: FindingCategory, setting: string | null | undefined): string {
  if (category === 'principal_dx' && setting && setting !== 'inpatient') return 'First-listed diagnosis';
  return CATEGORY_LABELS[category];
}

export const ROOT_CAUSE_LABELS: Readonly<Record<RootCause, string>> = {
  coder: 'Coder',
  documentation: 'Documentation',
  system: 'System',
  guideline_ambiguity: 'Guideline ambiguity',
};

/** The one name of each kind of finding, on the screens and in the printed report. */
export const FINDING_TYPE_LABELS: Readonly<Record<FindingType, string>> = {
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
