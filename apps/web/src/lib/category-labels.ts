import type { FindingCategory } from '@recode/contracts';

/** The one name of each finding category, on the dashboard, in disputes and in the coder's feedback. */
export const CATEGORY_LABELS: Record<FindingCategory, string> = {
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
