import type { AuditLineSystem, EncounterSettingCode } from '@recode/contracts';
import { CODE_SYSTEM_LABELS } from '@recode/domain';
import { useRef, useState } from 'react';
import { addLine, moveLine, removeLine, reviseLine, systemsFor, updateLine, type DraftLine } from '../review-draft';
import type { LineMark } from '../review-diff';
import { CodePicker } from './code-picker';
import { MARK_LABELS } from './code-lines-table';
import { missingDescription } from '../code-picker-view';

const POA_OPTIONS = ['', 'Y', 'N', 'U', 'W', '1'];

type Picking = { kind: 'add'; system: AuditLineSystem } | { kind: 'revise'; uid: string; system: AuditLineSystem; code: string } | null;

interface AuditorLinesEditorProps {
  lines: readonly DraftLine[];
  onChange: (lines: DraftLine[]) => void;
  mark: (system: AuditLineSystem, code: string) => LineMark;
  setting: EncounterSettingCode;
  encounter: { fiscalYear: number; encounterDate: string };
  readOnly: boolean;
}

/** The auditor's final codes: add, delete, revise, move within a system, change POA and modifiers. */
export function AuditorLinesEditor({ lines, onChange, mark, setting, encounter, readOnly }: AuditorLinesEditorProps) {
  const [picking, setPicking] = useState<Picking>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  // Closing the picker puts focus back on the add buttons, so the keyboard stays where the work is.
  const closePicker = () => {
    setPicking(null);
    window.requestAnimationFrame(() => actionsRef.current?.querySelector('button')?.focus());
  };
  const sequence = (line: DraftLine) => lines.filter((l) => l.system === line.system).indexOf(line) + 1;
  const showPoa = setting === 'inpatient';
  const qualifiable = (line: DraftLine) => (showPoa && line.system === 'ICD10CM') || line.system === 'CPT' || line.system === 'HCPCS';
  const showQualifiers = lines.some(qualifiable);

  return (
    <div className="form">
      {lines.length === 0 ? <p className="muted">No final codes.</p> : null}
      {lines.length > 0 ? (
        <table className="data-table code-table">
          <caption className="visually-hidden">Auditor’s final codes</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Code</th>
              <th scope="col">Description</th>
              {showQualifiers ? <th scope="col">{showPoa ? 'POA' : 'Modifiers'}</th> : null}
              {readOnly ? null : <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const m = mark(line.system, line.code);
              const n = sequence(line);
              return (
                <tr key={line.uid} className={`mark-${m}`}>
                  <td className="nowrap">{n}</td>
                  <td className="nowrap" title={CODE_SYSTEM_LABELS[line.system]}>
                    <span className="mono">{line.code}</span>
                    {m === 'same' ? null : <div className="cell-sub">{MARK_LABELS[m]}</div>}
                  </td>
                  <td className="cell-wrap">{line.description ?? <span className="muted">{missingDescription(line.system)}</span>}</td>
                  {showQualifiers ? (
                    <td>
                      {line.system === 'ICD10CM' && showPoa ? (
                        <select aria-label={`POA for ${line.code}`} value={line.poa ?? ''} disabled={readOnly} onChange={(e) => onChange(updateLine(lines, line.uid, { poa: e.target.value || null }))}>
                          {POA_OPTIONS.map((poa) => <option key={poa} value={poa}>{poa || 'exempt'}</option>)}
                        </select>
                      ) : line.system === 'CPT' || line.system === 'HCPCS' ? (
                        <input
                          aria-label={`Modifiers for ${line.code}`}
                          className="mono input-narrow"
                          defaultValue={line.modifiers.join(' ')}
                          disabled={readOnly}
                          onBlur={(e) => onChange(updateLine(lines, line.uid, { modifiers: e.target.value.toUpperCase().split(/[\s,]+/).filter(Boolean).slice(0, 4) }))}
                        />
                      ) : '—'}
                    </td>
                  ) : null}
                  {readOnly ? null : (
                    <td className="cell-actions">
                      <div className="line-actions">
                        <button type="button" className="btn btn-small" aria-label={`Move ${line.code} up`} onClick={() => onChange(moveLine(lines, line.uid, -1))} disabled={n === 1}>↑</button>
                        <button type="button" className="btn btn-small" aria-label={`Move ${line.code} down`} onClick={() => onChange(moveLine(lines, line.uid, 1))}>↓</button>
                        <button type="button" className="btn btn-small" aria-label={`Revise ${line.code}`} onClick={() => setPicking({ kind: 'revise', uid: line.uid, system: line.system, code: line.code })}>Revise</button>
                        <button type="button" className="btn btn-small" aria-label={`Delete ${line.code}`} onClick={() => onChange(removeLine(lines, line.uid))}>Delete</button>
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {readOnly ? null : picking ? (
        <CodePicker
          key={picking.kind === 'revise' ? picking.uid : picking.system}
          system={picking.system}
          encounter={encounter}
          label={picking.kind === 'revise' ? `Revise ${picking.code} to` : `Add ${CODE_SYSTEM_LABELS[picking.system]} code`}
          onClose={closePicker}
          onPick={(hit) => {
            // A CPT code picked on its format alone has no description until a licensed file is loaded.
            const description = hit.descriptionLicensed === false ? null : hit.shortDescription;
            if (picking.kind === 'revise') onChange(reviseLine(lines, picking.uid, hit.code, description));
            else onChange(addLine(lines, { system: picking.system, code: hit.code, description, poa: picking.system === 'ICD10CM' && showPoa ? 'Y' : null, modifiers: [], units: null }));
            closePicker();
          }}
        />
      ) : (
        <div className="form-actions" ref={actionsRef}>
          {systemsFor(setting).map((system) => (
            <button key={system} type="button" className="btn btn-small" onClick={() => setPicking({ kind: 'add', system })}>
              Add {CODE_SYSTEM_LABELS[system]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
