import { CODE_SYSTEM_LABELS, displayCode } from '@recode/domain';
import type { DraftLine } from '../review-draft';
import type { LineMark } from '../review-diff';
import { missingDescription } from '../code-picker-view';
import type { LineProblem } from '../review-errors';
import { MARK_LABELS } from './code-lines-table';
import { PoaSelect } from './poa-select';

export interface LineActions {
  moveUp: () => void;
  moveDown: () => void;
  revise: () => void;
  remove: () => void;
  setPoa: (poa: string | null) => void;
  setModifiers: (modifiers: string[]) => void;
}

interface AuditorLineRowProps {
  line: DraftLine;
  number: number;
  mark: LineMark;
  showPoa: boolean;
  showQualifiers: boolean;
  readOnly: boolean;
  problem: LineProblem | undefined;
  actions: LineActions;
}

/** One final code: number within its system, the system, the code as read (with its dot), POA or modifiers, actions. */
export function AuditorLineRow({ line, number, mark, showPoa, showQualifiers, readOnly, problem, actions }: AuditorLineRowProps) {
  const shown = displayCode(line.system, line.code);
  const problemId = problem ? `problem-${line.uid}` : undefined;
  return (
    <tr className={`mark-${mark}${problem ? ' row-error' : ''}`} data-line={line.uid} tabIndex={-1} aria-invalid={problem ? true : undefined}>
      <td className="nowrap">{number}</td>
      <td className="nowrap">{CODE_SYSTEM_LABELS[line.system]}</td>
      <td className="nowrap">
        <span className="mono">{shown}</span>
        {mark === 'same' ? null : <div className="cell-sub">{MARK_LABELS[mark]}</div>}
      </td>
      <td className="cell-wrap">
        {line.description ?? <span className="muted">{missingDescription(line.system)}</span>}
        {problem ? (
          <div className="field-error" id={problemId}>
            {problem.message}
          </div>
        ) : null}
      </td>
      {showQualifiers ? (
        <td>
          {line.system === 'ICD10CM' && showPoa ? (
            <PoaSelect
              label={`POA for ${shown}`}
              value={line.poa}
              exempt={line.poaExempt}
              invalid={problem?.field === 'poa'}
              describedBy={problemId}
              disabled={readOnly}
              onChange={actions.setPoa}
            />
          ) : line.system === 'CPT' || line.system === 'HCPCS' ? (
            <input
              aria-label={`Modifiers for ${shown}`}
              className="mono input-narrow"
              defaultValue={line.modifiers.join(' ')}
              disabled={readOnly}
              data-field="modifiers"
              aria-invalid={problem?.field === 'modifiers' || undefined}
              aria-describedby={problemId}
              onBlur={(e) => actions.setModifiers(e.target.value.toUpperCase().split(/[\s,]+/).filter(Boolean).slice(0, 4))}
            />
          ) : (
            '—'
          )}
        </td>
      ) : null}
      {readOnly ? null : (
        <td className="cell-actions">
          <div className="line-actions">
            <button type="button" className="btn btn-small" aria-label={`Move ${shown} up`} onClick={actions.moveUp} disabled={number === 1}>↑</button>
            <button type="button" className="btn btn-small" aria-label={`Move ${shown} down`} onClick={actions.moveDown}>↓</button>
            <button type="button" className="btn btn-small" aria-label={`Revise ${shown}`} onClick={actions.revise}>Revise</button>
            <button type="button" className="btn btn-small" aria-label={`Delete ${shown}`} onClick={actions.remove}>Delete</button>
          </div>
        </td>
      )}
    </tr>
  );
}
