import {
  findingClassificationSchema,
  type FindingClassification,
  type FindingDirection,
  type FindingDto,
  type FindingImpact,
  type ReferenceKind,
  type RootCause,
} from '@recode/contracts';
import type { KeyedFinding } from './review-diff';

/** The auditor's classification of one finding as typed: blanks until chosen. */
export interface ClassificationDraft {
  rootCause: RootCause | '';
  impact: FindingImpact | '';
  direction: FindingDirection;
  rationale: string;
  referenceKind: ReferenceKind | '';
  referenceCitation: string;
}

export type ClassificationDrafts = Readonly<Record<string, ClassificationDraft>>;

export function draftsFromFindings(findings: readonly FindingDto[]): Record<string, ClassificationDraft> {
  return Object.fromEntries(
    findings.map((finding) => [
      finding.key,
      {
        rootCause: finding.rootCause ?? '',
        impact: finding.impact ?? '',
        direction: finding.direction,
        rationale: finding.rationale ?? '',
        referenceKind: finding.reference?.kind ?? '',
        referenceCitation: finding.reference?.citation ?? '',
      },
    ]),
  );
}

/** The draft for a finding, or a blank one that starts from the suggested direction. */
export function draftFor(drafts: ClassificationDrafts, finding: KeyedFinding): ClassificationDraft {
  return (
    drafts[finding.key] ?? {
      rootCause: '',
      impact: '',
      direction: finding.draft.suggestedDirection,
      rationale: '',
      referenceKind: '',
      referenceCitation: '',
    }
  );
}

export function toClassification(draft: ClassificationDraft): FindingClassification | null {
  const reference =
    draft.referenceKind && draft.referenceCitation.trim()
      ? { kind: draft.referenceKind, citation: draft.referenceCitation }
      : null;
  const parsed = findingClassificationSchema.safeParse({
    rootCause: draft.rootCause || undefined,
    impact: draft.impact || undefined,
    direction: draft.direction,
    rationale: draft.rationale,
    reference,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * What to send with a save: the complete classifications of the findings that exist now (an incomplete one
 * stays on screen until finished), and the keys still missing one, which block marking the record reviewed.
 */
export function classificationsToSave(findings: readonly KeyedFinding[], drafts: ClassificationDrafts) {
  const complete: (FindingClassification & { key: string })[] = [];
  const missing: string[] = [];
  for (const finding of findings) {
    const classification = toClassification(draftFor(drafts, finding));
    if (classification) complete.push({ ...classification, key: finding.key });
    else missing.push(finding.key);
  }
  return { complete, missing };
}
