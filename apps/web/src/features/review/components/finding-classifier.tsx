import { FINDING_TYPE_LABELS, ROOT_CAUSE_LABELS } from '@recode/domain';
import {
  FINDING_DIRECTIONS,
  FINDING_IMPACTS,
  REFERENCE_KIND_LABELS,
  REFERENCE_KINDS,
  ROOT_CAUSES,
  type FindingDirection,
  type FindingDto,
  type FindingImpact,
  type ReferenceKind,
  type RootCause,
} from '@recode/contracts';
import { DIRECTION_LABELS, formatMoney, IMPACT_LABELS } from '../../audits';
import {
  draftFor,
  toClassification,
  type ClassificationDraft,
  type ClassificationDrafts,
} from '../classification-draft';
import { describeChange, lineKey, type KeyedFinding } from '../review-diff';

interface FindingClassifierProps {
  findings: readonly KeyedFinding[];
  drafts: ClassificationDrafts;
  /** The findings as last saved, for the DRG payment the API computed. */
  saved: readonly FindingDto[];
  fiscalYear: number;
  readOnly: boolean;
  onChange: (key: string, draft: ClassificationDraft) => void;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));

/** One row per derived finding: type, root cause, impact, direction, rationale and an optional reference. */
export function FindingClassifier({ findings, drafts, saved, fiscalYear, readOnly, onChange }: FindingClassifierProps) {
  if (findings.length === 0) return <p className="muted">No differences: the final codes match the coder’s.</p>;
  return (
    <ol className="finding-list">
      {findings.map((finding) => {
        const draft = draftFor(drafts, finding);
        const set = (patch: Partial<ClassificationDraft>) => onChange(finding.key, { ...draft, ...patch });
        const done = toClassification(draft) !== null;
        const payment = saved.find((s) => s.key === finding.key)?.paymentDelta;
        const d = finding.draft;
        return (
          <li
            key={finding.key}
            className={done ? 'finding finding-done' : 'finding'}
            data-line-key={d.codeAfter && d.system !== 'MSDRG' ? lineKey(d.system, d.codeAfter) : undefined}
            aria-label={`${FINDING_TYPE_LABELS[d.type]}: ${describeChange(d)}`}
          >
            <p className="finding-title">
              <strong>{FINDING_TYPE_LABELS[d.type]}</strong> <span className="mono">{describeChange(d)}</span>
              {d.type === 'drg_changed' ? (
                <span className="muted">
                  {' '}
                  weight {d.weightBefore ?? '?'} → {d.weightAfter ?? '?'}
                  {payment !== undefined && payment !== null
                    ? ` · payment ${formatMoney(payment)}`
                    : ' · payment computed on save'}
                </span>
              ) : null}
              {done ? null : <span className="badge badge-warning">Needs classification</span>}
            </p>
            <fieldset className="finding-fields" disabled={readOnly}>
              <legend className="visually-hidden">Classify this finding</legend>
              <label>
                Root cause
                <select value={draft.rootCause} onChange={(e) => set({ rootCause: e.target.value as RootCause | '' })}>
                  <option value="">Choose…</option>
                  {options(ROOT_CAUSES, ROOT_CAUSE_LABELS)}
                </select>
              </label>
              <label>
                Impact
                <select value={draft.impact} onChange={(e) => set({ impact: e.target.value as FindingImpact | '' })}>
                  <option value="">Choose…</option>
                  {options(FINDING_IMPACTS, IMPACT_LABELS)}
                </select>
              </label>
              <label>
                Direction
                <select
                  value={draft.direction}
                  onChange={(e) => set({ direction: e.target.value as FindingDirection })}
                >
                  {options(FINDING_DIRECTIONS, DIRECTION_LABELS)}
                </select>
              </label>
              <label className="finding-rationale">
                Rationale
                <textarea
                  rows={2}
                  value={draft.rationale}
                  maxLength={4000}
                  onChange={(e) => set({ rationale: e.target.value })}
                />
              </label>
              <label>
                Reference (FY{fiscalYear})
                <select
                  value={draft.referenceKind}
                  onChange={(e) => set({ referenceKind: e.target.value as ReferenceKind | '' })}
                >
                  <option value="">None</option>
                  {options(REFERENCE_KINDS, REFERENCE_KIND_LABELS)}
                </select>
              </label>
              {draft.referenceKind ? (
                <label>
                  Citation
                  <input
                    value={draft.referenceCitation}
                    maxLength={200}
                    placeholder="I.C.4.a.6"
                    onChange={(e) => set({ referenceCitation: e.target.value })}
                  />
                </label>
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
