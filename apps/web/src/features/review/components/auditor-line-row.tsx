import { CODE_SYSTEM_LABELS, displayCode } from '@recode/domain';
import type { DraftLine } from '../review-draft';
import type { LineMark } from '../review-diff';
import { missingDescription } from '../code-picker-view';
import type { LineProblem } from '../review-errors';
import { MARK_LABELS } from './code-lines-table';
import { LineActionsMenu } from './line-actions-menu';
import { PoaSelect } from './poa-select';

export interface LineActions {
  moveUp: () => void;
  moveDown: () => void;
  revise: () => void;
  remove: () => void;
  setPoa: (poa: string | null) => void;
  setModifiers: (modifiers: string[]) => void;
  /** Moves the focus to the finding this line takes part in; absent when the line matches the coder's. */
  classify?: () => void;
}

interface AuditorLineRowProps {
  line: DraftLine;
  number: number;
  /** Whether it is the last line of its code system (nothing to move down past). */
  last: boolean;
  mark: LineMark;
  showPoa: boolean;
  showQualifiers: boolean;
  readOnly: boolean;
  problem: LineProblem | undefined;
  actions: LineActions;
}

/**
 * One final code: number within its system, the system, the code as read (with its dot), POA or modifiers,
 * and one actions menu. A line is at most two tab stops: its POA or modifiers field and its menu.
 */
export function AuditorLineRow({
  line,
  number,
  last,
  mark,
  showPoa,
  showQualifiers,
  readOnly,
  problem,
  actions,
}: AuditorLineRowProps) {
  const shown = displayCode(line.system, line.code);
  const problemId = problem ? `problem-${line.uid}` : undefined;
  return (
    <tr
      className={`mark-${mark}${problem ? ' row-error' : ''}`}
      data-line={line.uid}
      tabIndex={-1}
      aria-invalid={problem ? true : undefined}
    >
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
              onBlur={(e) =>
                actions.setModifiers(
                  e.target.value
                    .toUpperCase()
                    .split(/[\s,]+/)
                    .filter(Boolean)
                    .slice(0, 4),
                )
              }
            />
          ) : (
            '—'
          )}
        </td>
      ) : null}
      {readOnly ? null : (
        <td className="cell-actions">
          <LineActionsMenu
            code={shown}
            items={[
              { label: 'Move up', name: `Move ${shown} up`, disabled: number === 1, run: actions.moveUp },
              { label: 'Move down', name: `Move ${shown} down`, disabled: last, run: actions.moveDown },
              { label: 'Revise…', name: `Revise ${shown}`, run: actions.revise },
              ...(actions.classify
                ? [{ label: 'Classify finding', name: `Classify the finding on ${shown}`, run: actions.classify }]
                : []),
              { label: 'Delete', name: `Delete ${shown}`, run: actions.remove },
            ]}
          />
        </td>
      )}
    </tr>
  );
}
