import type { AuditLineSystem, EncounterSettingCode } from '@recode/contracts';
import { CODE_SYSTEM_LABELS, displayCode } from '@recode/domain';
import { useRef, useState } from 'react';
import { addLine, moveLine, removeLine, reviseLine, systemsFor, updateLine, type DraftLine } from '../review-draft';
import { lineKey, type LineMark } from '../review-diff';
import { lineSnapshot, type LineProblem } from '../review-errors';
import { AuditorLineRow } from './auditor-line-row';
import { CodePicker } from './code-picker';

/** The first field of the finding a final-code line takes part in (findings carry `data-line-key`). */
function focusFinding(system: AuditLineSystem, code: string): void {
  const finding = document.querySelector<HTMLElement>(`.finding[data-line-key="${lineKey(system, code)}"]`);
  finding?.querySelector<HTMLElement>('select, textarea, input')?.focus();
}

type Picking =
  | { kind: 'add'; system: AuditLineSystem }
  | { kind: 'revise'; uid: string; system: AuditLineSystem; code: string }
  | null;

interface AuditorLinesEditorProps {
  lines: readonly DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  mark: (system: AuditLineSystem, code: string) => LineMark;
  setting: EncounterSettingCode;
  encounter: { fiscalYear: number; encounterDate: string };
  readOnly: boolean;
  /** Problems of the last refused save; a line's highlight goes once it is changed. */
  problems: readonly LineProblem[];
}

/** The auditor's final codes: add, delete, revise, move within a system, change POA and modifiers. */
export function AuditorLinesEditor({
  lines,
  onChange,
  mark,
  setting,
  encounter,
  readOnly,
  problems,
}: AuditorLinesEditorProps) {
  const [picking, setPicking] = useState<Picking>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  // Closing the picker puts focus back on the add buttons, so the keyboard stays where the work is.
  const closePicker = () => {
    setPicking(null);
    window.requestAnimationFrame(() => actionsRef.current?.querySelector('button')?.focus());
  };
  const sequence = (line: DraftLine) => lines.filter((l) => l.system === line.system).indexOf(line) + 1;
  const lastOfSystem = (line: DraftLine) => lines.filter((l) => l.system === line.system).at(-1) === line;
  // A deleted line hands the focus to the next line's menu (or the previous one, or the add buttons).
  const remove = (line: DraftLine) => {
    const at = lines.indexOf(line);
    const neighbour = lines[at + 1] ?? lines[at - 1];
    onChange(removeLine(lines, line.uid));
    window.requestAnimationFrame(() => {
      const menu =
        neighbour && document.querySelector<HTMLElement>(`tr[data-line="${neighbour.uid}"] [data-field="actions"]`);
      (menu ?? actionsRef.current?.querySelector<HTMLElement>('button'))?.focus();
    });
  };
  const showPoa = setting === 'inpatient';
  const qualifiable = (line: DraftLine) =>
    (showPoa && line.system === 'ICD10CM') || line.system === 'CPT' || line.system === 'HCPCS';
  const showQualifiers = lines.some(qualifiable);
  const problemOf = (line: DraftLine) => problems.find((p) => p.uid === line.uid && p.snapshot === lineSnapshot(line));

  return (
    <div className="form">
      {lines.length === 0 ? <p className="muted">No final codes.</p> : null}
      {lines.length > 0 ? (
        <table className="data-table code-table">
          <caption className="visually-hidden">Auditor’s final codes</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">System</th>
              <th scope="col">Code</th>
              <th scope="col">Description</th>
              {showQualifiers ? <th scope="col">{showPoa ? 'POA' : 'Modifiers'}</th> : null}
              {readOnly ? null : (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <AuditorLineRow
                key={line.uid}
                line={line}
                number={sequence(line)}
                last={lastOfSystem(line)}
                mark={mark(line.system, line.code)}
                showPoa={showPoa}
                showQualifiers={showQualifiers}
                readOnly={readOnly}
                problem={problemOf(line)}
                actions={{
                  moveUp: () => onChange(moveLine(lines, line.uid, -1)),
                  moveDown: () => onChange(moveLine(lines, line.uid, 1)),
                  revise: () => setPicking({ kind: 'revise', uid: line.uid, system: line.system, code: line.code }),
                  remove: () => remove(line),
                  classify:
                    mark(line.system, line.code) === 'same' ? undefined : () => focusFinding(line.system, line.code),
                  setPoa: (poa) => onChange(updateLine(lines, line.uid, { poa })),
                  setModifiers: (modifiers) => onChange(updateLine(lines, line.uid, { modifiers })),
                }}
              />
            ))}
          </tbody>
        </table>
      ) : null}
      {readOnly ? null : picking ? (
        <CodePicker
          key={picking.kind === 'revise' ? picking.uid : picking.system}
          system={picking.system}
          encounter={encounter}
          label={
            picking.kind === 'revise'
              ? `Revise ${displayCode(picking.system, picking.code)} to`
              : `Add ${CODE_SYSTEM_LABELS[picking.system]} code`
          }
          onClose={closePicker}
          onPick={(hit) => {
            // A CPT code picked on its format alone has no description until a licensed file is loaded.
            const description = hit.descriptionLicensed === false ? null : hit.shortDescription;
            if (picking.kind === 'revise') onChange(reviseLine(lines, picking.uid, hit.code, description));
            else
              onChange(
                addLine(lines, {
                  system: picking.system,
                  code: hit.code,
                  description,
                  poa: picking.system === 'ICD10CM' && showPoa ? 'Y' : null,
                  modifiers: [],
                  units: null,
                }),
              );
            closePicker();
          }}
        />
      ) : (
        <div className="form-actions" ref={actionsRef}>
          {systemsFor(setting).map((system) => (
            <button
              key={system}
              type="button"
              className="btn btn-small"
              data-add-system={system}
              aria-keyshortcuts={system === 'ICD10CM' ? 'Alt+A' : undefined}
              onClick={() => setPicking({ kind: 'add', system })}
            >
              Add {CODE_SYSTEM_LABELS[system]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
