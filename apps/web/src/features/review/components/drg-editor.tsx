import type { DrgDto, RegroupResponse } from '@recode/contracts';
import type { DrgPair } from '../review-diff';

/** The auditor's DRG choice: the grouper's (normal case) or an override with its reason. */
export interface DrgOverride {
  on: boolean;
  drg: string;
  reason: string;
}

interface DrgEditorProps {
  coderDrg: DrgDto | null;
  /** The grouper's answer for the codes on screen (null while regrouping or without a principal). */
  grouped: RegroupResponse | null;
  override: DrgOverride;
  /** Title and weight of the auditor's DRG as last saved. */
  saved: DrgDto | null;
  readOnly: boolean;
  onChange: (override: DrgOverride) => void;
}

const describe = (drg: DrgPair & { title?: string | null }) =>
  `${drg.drg}${drg.title ? ` ${drg.title}` : ''}${drg.weight !== null ? ` (weight ${drg.weight})` : ''}`;

/** The grouper's DRG when it grouped the codes (return code OK), else the billed DRG stands. */
export function finalDrgOf(grouped: RegroupResponse | null, coderDrg: DrgDto | null): DrgPair | null {
  if (grouped?.returnCode === 'OK' && grouped.drg)
    return { drg: grouped.drg.drg, weight: grouped.drg.weight !== null ? Number(grouped.drg.weight) : null };
  return coderDrg;
}

export function DrgEditor({ coderDrg, grouped, override, saved, readOnly, onChange }: DrgEditorProps) {
  const fromGrouper = grouped?.returnCode === 'OK' && grouped.drg;
  return (
    <dl className="facts facts-compact drg-row">
      <dt>Coder’s MS-DRG</dt>
      <dd>{coderDrg ? describe(coderDrg) : <span className="muted">None</span>}</dd>
      <dt>Final MS-DRG</dt>
      <dd data-testid="final-drg">
        {override.on ? (
          <span>Override{saved && saved.drg === override.drg.padStart(3, '0') ? `: ${describe(saved)}` : ''}</span>
        ) : fromGrouper && grouped.drg ? (
          <span>
            From the grouper:{' '}
            {describe({
              drg: grouped.drg.drg,
              title: grouped.drg.title,
              weight: grouped.drg.weight !== null ? Number(grouped.drg.weight) : null,
            })}
          </span>
        ) : (
          <span className="muted">The billed DRG stands until the grouper can group the codes</span>
        )}
      </dd>
      <dt>Override</dt>
      <dd>
        <label>
          <input
            type="checkbox"
            checked={override.on}
            disabled={readOnly}
            onChange={(e) => onChange({ ...override, on: e.target.checked })}
          />{' '}
          Override the grouper’s MS-DRG
        </label>
        {override.on ? (
          <div className="drg-override">
            <label htmlFor="auditor-drg">MS-DRG</label>{' '}
            <input
              id="auditor-drg"
              className="mono input-narrow"
              inputMode="numeric"
              maxLength={3}
              value={override.drg}
              disabled={readOnly}
              onChange={(event) => onChange({ ...override, drg: event.target.value.replace(/\D/g, '') })}
            />{' '}
            <label htmlFor="auditor-drg-reason">Reason</label>{' '}
            <input
              id="auditor-drg-reason"
              value={override.reason}
              disabled={readOnly}
              maxLength={1000}
              onChange={(e) => onChange({ ...override, reason: e.target.value })}
            />
          </div>
        ) : null}
      </dd>
    </dl>
  );
}
