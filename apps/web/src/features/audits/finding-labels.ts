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
  cpt_assistant: 'CPT Assistant',
  ncci: 'NCCI policy manual / edits',
  pcs_guidelines: 'ICD-10-PCS Official Guidelines',
  other: 'Other',
};

/** "Coding Clinic 1Q 2017 p.47": a citation with its source, unless the citation already names it. */
export function referenceText(reference: { kind: ReferenceKind; citation: string } | null): string | null {
  if (!reference) return null;
  const source = REFERENCE_KIND_LABELS[reference.kind];
  if (reference.kind === 'other' || reference.citation.toLowerCase().startsWith(source.toLowerCase()))
    return reference.citation;
  return `${source} ${reference.citation}`;
}
