import type { AuditItemReviewDto, RegroupResponse } from '@recode/contracts';
import { useMemo, useState } from 'react';
import { usePoaExempt } from '../api/use-poa-exempt';
import { useSaveReview } from '../api/use-save-review';
import { classificationsToSave, draftsFromFindings, type ClassificationDraft } from '../classification-draft';
import { draftFromReview, principalSystems, toCodeInputs, type DraftLine } from '../review-draft';
import { demographicsOf, grouperInputsOf, type GrouperDemographics } from '../regroup-request';
import { keyedFindings, lineMarks, type DrgPair } from '../review-diff';
import { useFocusAfterSave, useFocusOnProblem } from '../focus-after-save';
import { saveProblems, type SaveProblems } from '../review-errors';
import { useRecordNavigation } from '../use-record-navigation';
import { useReviewShortcuts } from '../use-review-shortcuts';
import { versionConflictFrom } from '../version-conflict';
import { AuditorLinesEditor } from './auditor-lines-editor';
import { CodeLinesTable } from './code-lines-table';
import { ConflictBanner } from './conflict-banner';
import { DrgEditor, finalDrgOf, type DrgOverride } from './drg-editor';
import { DrgRegroupPanel } from './drg-regroup-panel';
import { FindingClassifier } from './finding-classifier';
import { FindingOutcomes } from './finding-outcomes';
import { ImportFlagsNotice } from './import-flags-notice';
import { ReviewActions } from './review-actions';
import { SaveProblemsAlert } from './save-problems-alert';
import '../review.css';

interface ReviewEditorProps {
  review: AuditItemReviewDto;
  reloading: boolean;
  onReload: () => void;
}

/** The side-by-side review: the coder's codes, the auditor's final codes, and the findings between them. */
export function ReviewEditor({ review, reloading, onReload }: ReviewEditorProps) {
  const { item, encounter } = review;
  const inpatient = encounter.setting === 'inpatient';
  const save = useSaveReview(item.auditId, item.id);
  const [version, setVersion] = useState(item.version);
  const [lines, setLines] = useState<DraftLine[]>(() => draftFromReview(review.auditorCodes));
  const [override, setOverride] = useState<DrgOverride>(() => ({
    on: review.auditorDrgSource === 'override',
    drg: review.auditorDrgSource === 'override' ? (review.auditorDrg?.drg ?? '') : '',
    reason: review.drgOverrideReason ?? '',
  }));
  const [grouped, setGrouped] = useState<RegroupResponse | null>(null);
  const [grouperInputs, setGrouperInputs] = useState<GrouperDemographics>(() => demographicsOf(review.grouperInputs));
  const [savedDrg, setSavedDrg] = useState(review.auditorDrg);
  const [savedFindings, setSavedFindings] = useState(review.findings);
  const [drafts, setDrafts] = useState<Record<string, ClassificationDraft>>(() => draftsFromFindings(review.findings));
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<SaveProblems>({ lines: [], other: [] });
  const { noticeRef, rememberFocus } = useFocusAfterSave();
  const readOnly = !review.editable;
  const released = review.auditStatus === 'released' || review.auditStatus === 'final';
  const unknownExempt = lines.filter((l) => l.system === 'ICD10CM' && l.poaExempt === null).map((l) => l.code);
  const exemptQuery = usePoaExempt(item.auditId, item.id, inpatient ? unknownExempt : []);
  const shownLines = useMemo(() => {
    const exempt = exemptQuery.data ? new Set(exemptQuery.data.exempt) : null;
    return exempt
      ? lines.map((l) =>
          l.poaExempt === null && unknownExempt.includes(l.code) ? { ...l, poaExempt: exempt.has(l.code) } : l,
        )
      : lines;
  }, [lines, exemptQuery.data, unknownExempt]);

  useFocusOnProblem(problems);
  const { goNext, setAside } = useRecordNavigation({
    id: item.id,
    auditId: item.auditId,
    externalId: encounter.externalId,
    auditorId: item.auditor?.id,
  });

  const principal = useMemo(
    () => principalSystems(review.coderCodes, encounter.setting),
    [review.coderCodes, encounter.setting],
  );
  const codes = useMemo(() => toCodeInputs(lines, principal), [lines, principal]);
  // The DRG finding follows the grouper's DRG for the codes on screen, unless the auditor overrides it.
  const auditorDrg = useMemo((): DrgPair | null => {
    if (!inpatient) return review.coderDrg;
    if (!override.on) return finalDrgOf(grouped, review.coderDrg);
    if (!override.drg) return null;
    return {
      drg: override.drg,
      weight: savedDrg && savedDrg.drg === override.drg.padStart(3, '0') ? savedDrg.weight : null,
    };
  }, [inpatient, override, grouped, savedDrg, review.coderDrg]);
  const findings = useMemo(
    () =>
      keyedFindings({
        setting: encounter.setting,
        coderCodes: review.coderCodes,
        auditorCodes: codes,
        coderDrg: review.coderDrg,
        auditorDrg,
      }),
    [encounter.setting, review.coderCodes, codes, review.coderDrg, auditorDrg],
  );
  const marks = useMemo(() => lineMarks(findings), [findings]);
  const { complete, missing } = classificationsToSave(findings, drafts);
  const conflict = save.isError ? versionConflictFrom(save.error) : null;

  const submit = (mode: 'save' | 'reviewed' | 'next') => {
    const markReviewed = mode !== 'save';
    setNotice(null);
    setProblems({ lines: [], other: [] });
    save.mutate(
      {
        version,
        codes,
        ...(inpatient ? { grouperInputs: grouperInputsOf(grouperInputs) } : {}),
        ...(inpatient && override.on ? { drg: override.drg || null, drgOverrideReason: override.reason } : {}),
        classifications: complete,
        complete: markReviewed,
      },
      {
        onSuccess: (saved) => {
          rememberFocus();
          setVersion(saved.item.version);
          setLines(draftFromReview(saved.auditorCodes));
          setSavedDrg(saved.auditorDrg);
          setSavedFindings(saved.findings);
          setNotice(markReviewed ? 'Saved and marked reviewed.' : `Saved (version ${saved.item.version}).`);
          if (mode === 'next') void goNext('Saved and marked reviewed.');
        },
        onError: (error) => setProblems(saveProblems(error, lines)),
      },
    );
  };

  useReviewShortcuts({ submit, missing: missing.length, readOnly, pending: save.isPending });

  return (
    <div className="form">
      {conflict ? (
        <ConflictBanner conflict={conflict} yourVersion={version} reloading={reloading} onReload={onReload} />
      ) : null}
      <ImportFlagsNotice flags={review.importFlags} flagged={review.flagged} />
      {save.isError && !conflict ? <SaveProblemsAlert error={save.error} problems={problems} /> : null}
      {notice ? (
        <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      ) : null}
      {readOnly ? (
        <p className="muted">
          {released
            ? 'This audit is released: the record is read only. Each finding shows the coder’s response and any ruling.'
            : 'Read only: only the assigned auditor can change this record while the audit is in review.'}
        </p>
      ) : null}
      <div className="review-columns">
        <section className="card" aria-labelledby="coder-codes-title">
          <h2 id="coder-codes-title">Coder’s codes</h2>
          <CodeLinesTable lines={review.coderCodes} mark={marks.coder} />
        </section>
        <section className="card" aria-labelledby="final-codes-title">
          <h2 id="final-codes-title">Final codes</h2>
          <AuditorLinesEditor
            lines={shownLines}
            onChange={setLines}
            mark={marks.auditor}
            setting={encounter.setting}
            encounter={encounter}
            readOnly={readOnly}
            problems={problems.lines}
          />
        </section>
      </div>
      {inpatient ? (
        <DrgRegroupPanel
          lines={lines}
          encounter={encounter}
          billed={review.coderDrg}
          inputs={grouperInputs}
          onInputsChange={setGrouperInputs}
          onResult={setGrouped}
        />
      ) : null}
      {inpatient ? (
        <DrgEditor
          coderDrg={review.coderDrg}
          grouped={grouped}
          override={override}
          saved={savedDrg}
          readOnly={readOnly}
          onChange={setOverride}
        />
      ) : null}
      <section className="card form" aria-labelledby="findings-title">
        <h2 id="findings-title">
          Findings{' '}
          <span className="muted">
            ({findings.length}
            {missing.length ? `, ${missing.length} to classify` : ''})
          </span>
        </h2>
        {released ? (
          <FindingOutcomes findings={savedFindings} />
        ) : (
          <FindingClassifier
            findings={findings}
            drafts={drafts}
            saved={savedFindings}
            fiscalYear={encounter.fiscalYear}
            readOnly={readOnly}
            onChange={(key, draft) => setDrafts((current) => ({ ...current, [key]: draft }))}
          />
        )}
      </section>
      {readOnly ? null : (
        <ReviewActions
          pending={save.isPending}
          unclassified={missing.length}
          canSetAside={item.status === 'assigned' || item.status === 'in_progress'}
          item={{ auditId: item.auditId, id: item.id, version }}
          onSave={submit}
          onSetAside={setAside}
        />
      )}
    </div>
  );
}
