import type { DrgDto, RegroupDrgDto, RegroupResponse } from '@recode/contracts';
import { useEffect, useId, useMemo } from 'react';
import { errorMessage } from '../../../lib/api-error';
import { useRegroup } from '../api/use-regroup';
import { regroupRequest, secondaryNotes, type GrouperDemographics } from '../regroup-request';
import type { DraftLine } from '../review-draft';

interface DrgRegroupPanelProps {
  lines: readonly DraftLine[];
  encounter: { dischargeDate: string | null; encounterDate: string; facility: string | null };
  /** The coder's (billed) DRG. */
  billed: DrgDto | null;
  /** Age, sex and discharge status: prefilled from the encounter, editable here, sent with the save. */
  inputs: GrouperDemographics;
  onInputsChange: (inputs: GrouperDemographics) => void;
  /** The grouper's answer for the codes on screen, or null while it is not known (the final DRG follows it). */
  onResult?: (result: RegroupResponse | null) => void;
}

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const describe = (drg: RegroupDrgDto | DrgDto) =>
  `${drg.drg}${drg.title ? ` ${drg.title}` : ''}${drg.weight !== null ? ` (weight ${drg.weight})` : ''}`;
const signed = (value: number, text: string) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}`;

function ChangeText({ result }: { result: RegroupResponse }) {
  const { change, billed, drg } = result;
  if (!billed || !change || !drg) return <span className="muted">No billed DRG to compare with</span>;
  if (!change.changed) return <span>Same as the billed DRG {billed.drg}</span>;
  const money =
    change.paymentDelta !== null ? signed(change.paymentDelta, MONEY.format(Math.abs(change.paymentDelta))) : null;
  const weight =
    change.weightDelta !== null ? signed(change.weightDelta, Math.abs(change.weightDelta).toFixed(4)) : null;
  const verdict =
    change.direction === 'under'
      ? 'the claim was underpaid'
      : change.direction === 'over'
        ? 'the claim was overpaid'
        : null;
  return (
    <span>
      {billed.drg} → {drg.drg}
      {weight ? `: weight ${weight}` : ''}
      {money ? `, payment ${money}` : ', payment not priced (a weight is missing)'}
      {verdict ? ` (${verdict})` : ''}
    </span>
  );
}

function RegroupResult({ result }: { result: RegroupResponse }) {
  if (result.returnCode === 'NO_GROUPER_FOR_VERSION')
    return <p>{result.message ?? `no grouper for this year (FY${result.fiscalYear ?? '?'})`}</p>;
  const { drivers, excluded } = secondaryNotes(result);
  return (
    <dl className="facts facts-compact">
      <dt>Grouper MS-DRG</dt>
      <dd data-testid="grouper-drg">{result.drg ? describe(result.drg) : <span className="muted">None</span>}</dd>
      <dt>Grouper</dt>
      <dd>
        {result.version} (FY{result.fiscalYear}){result.mdc !== null ? `, MDC ${result.mdc}` : ''}
        {result.returnCode !== 'OK' ? `: ${result.message ?? result.returnCode}` : ''}
      </dd>
      <dt>Billed MS-DRG</dt>
      <dd>{result.billed ? describe(result.billed) : <span className="muted">None</span>}</dd>
      <dt>Change</dt>
      <dd data-testid="grouper-change">
        <ChangeText result={result} />
      </dd>
      <dt>CC/MCC</dt>
      <dd>
        {drivers.length + excluded.length === 0 ? (
          <span className="muted">No secondary diagnosis counts as CC or MCC</span>
        ) : null}
        {[...drivers, ...excluded].map((note) => (
          <div key={note.code}>
            <span className="mono">{note.code}</span> {note.text}
          </div>
        ))}
      </dd>
      {result.missing.length > 0 ? (
        <>
          <dt>Missing inputs</dt>
          <dd>{result.missing.join(', ')}: enter them above; the grouper does not guess</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The MS-DRG the CMS grouper gives the auditor's current codes, regrouped as they edit. */
export function DrgRegroupPanel({ lines, encounter, billed, inputs, onInputsChange, onResult }: DrgRegroupPanelProps) {
  const id = useId();
  const { dischargeDate, encounterDate, facility } = encounter;
  const billedDrg = billed?.drg ?? null;
  const body = useMemo(
    () => regroupRequest(lines, { dischargeDate: dischargeDate ?? encounterDate, facility, billedDrg }, inputs),
    [lines, dischargeDate, encounterDate, facility, billedDrg, inputs],
  );
  const regroup = useRegroup(body);
  const set = (patch: Partial<GrouperDemographics>) => onInputsChange({ ...inputs, ...patch });
  useEffect(() => onResult?.(regroup.result), [onResult, regroup.result]);

  return (
    <section className="card form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>MS-DRG grouper</h2>
      <div className="drg-regroup-inputs">
        <label>
          Patient age{' '}
          <input
            className="input-narrow"
            inputMode="numeric"
            maxLength={3}
            value={inputs.age}
            onChange={(e) => set({ age: e.target.value.replace(/\D/g, '') })}
          />
        </label>{' '}
        <label>
          Patient sex{' '}
          <select value={inputs.sex} onChange={(e) => set({ sex: e.target.value as GrouperDemographics['sex'] })}>
            <option value="">Not given</option>
            <option value="F">Female</option>
            <option value="M">Male</option>
            <option value="U">Unknown</option>
          </select>
        </label>{' '}
        <label>
          Discharge status{' '}
          <input
            className="input-narrow"
            inputMode="numeric"
            maxLength={2}
            value={inputs.dischargeStatus}
            onChange={(e) => set({ dischargeStatus: e.target.value.replace(/\D/g, '') })}
          />
        </label>
      </div>
      <div aria-live="polite" data-testid="grouper-result">
        {body === null ? (
          <p className="muted">Add a principal diagnosis to group the stay.</p>
        ) : regroup.pending ? (
          <p className="muted">Regrouping…</p>
        ) : regroup.error ? (
          <p role="alert">{errorMessage(regroup.error)}</p>
        ) : regroup.result ? (
          <RegroupResult result={regroup.result} />
        ) : null}
      </div>
    </section>
  );
}
