import {
  type DisputeFindingDto,
  REFERENCE_KIND_LABELS,
  REFERENCE_KINDS,
  type ReferenceKind,
  type RequestableDisputeAction,
} from '@recode/contracts';
import { useId, useState } from 'react';
import { FormAlert } from '../../../components';
import { errorMessage } from '../../../lib/api-error';
import { useDisputeStep } from '../api/use-dispute-step';
import {
  ACTION_LABELS,
  buildStep,
  EMPHASISED_ACTIONS,
  REASONLESS_ACTIONS,
  textLabelFor,
  type StepDraft,
} from '../dispute-labels';

const EMPTY: StepDraft = { text: '', referenceKind: '', citation: '' };
const needsText = (actions: readonly RequestableDisputeAction[]): boolean =>
  actions.some((a) => !REASONLESS_ACTIONS.has(a));

/**
 * The caller's next moves on one finding: a text box ("Reason" for the coder, "Rationale" for the
 * auditor and the reviewer), a guideline reference for answers and rulings, and one button per move.
 */
export function DisputeStepForm({ finding, onDone }: { finding: DisputeFindingDto; onDone?: () => void }) {
  const step = useDisputeStep(finding.findingId);
  const [draft, setDraft] = useState<StepDraft>(EMPTY);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const textId = useId();
  const kindId = useId();
  const citationId = useId();
  const actions = finding.allowedActions;
  if (actions.length === 0) return null;
  const label = textLabelFor(actions);
  const offersReference = actions.includes('uphold') || actions.includes('overturn') || actions.includes('withdraw');

  const submit = (action: RequestableDisputeAction) => {
    const built = buildStep(action, draft);
    if ('error' in built) {
      setFieldError(built.error);
      return;
    }
    setFieldError(null);
    step.mutate(built.request, {
      onSuccess: () => {
        setDraft(EMPTY);
        onDone?.();
      },
    });
  };

  return (
    <div className="form dispute-step-form">
      <FormAlert message={step.isError ? errorMessage(step.error) : null} />
      {needsText(actions) ? (
        <div className={fieldError ? 'field field-invalid' : 'field'}>
          <label htmlFor={textId}>{label}</label>
          <textarea
            id={textId}
            rows={3}
            maxLength={4000}
            value={draft.text}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${textId}-error` : undefined}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
          {fieldError ? (
            <p className="field-error" id={`${textId}-error`}>
              {fieldError}
            </p>
          ) : null}
        </div>
      ) : null}
      {offersReference ? (
        <div className="field-group">
          <div className="field">
            <label htmlFor={kindId}>Reference</label>
            <select
              id={kindId}
              value={draft.referenceKind}
              onChange={(e) => setDraft({ ...draft, referenceKind: e.target.value as ReferenceKind | '' })}
            >
              <option value="">None</option>
              {REFERENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {REFERENCE_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          {draft.referenceKind ? (
            <div className="field">
              <label htmlFor={citationId}>Citation</label>
              <input
                id={citationId}
                value={draft.citation}
                maxLength={200}
                placeholder="I.C.4.a.6"
                onChange={(e) => setDraft({ ...draft, citation: e.target.value })}
              />
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        {/* The settling move (agree, accept, a ruling) comes first and is the emphasised one. */}
        {[...actions]
          .sort((a, b) => Number(EMPHASISED_ACTIONS.has(b)) - Number(EMPHASISED_ACTIONS.has(a)))
          .map((action) => (
            <button
              key={action}
              type="button"
              className={EMPHASISED_ACTIONS.has(action) ? 'btn btn-primary' : 'btn'}
              disabled={step.isPending}
              onClick={() => submit(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
        {step.isPending ? <span className="muted">Saving…</span> : null}
      </div>
    </div>
  );
}
