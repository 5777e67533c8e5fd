import type { DrgDto } from '@recode/contracts';
import type { DrgPair } from '../review-diff';

interface DrgEditorProps {
  coderDrg: DrgDto | null;
  value: string;
  /** Title and weight of the auditor's DRG as last saved, when it is still the one typed. */
  saved: DrgDto | null;
  readOnly: boolean;
  onChange: (drg: string) => void;
}

const describe = (drg: DrgPair & { title?: string | null }) => `${drg.drg}${drg.title ? ` ${drg.title}` : ''}${drg.weight !== null ? ` (weight ${drg.weight})` : ''}`;

export function DrgEditor({ coderDrg, value, saved, readOnly, onChange }: DrgEditorProps) {
  return (
    <dl className="facts facts-compact drg-row">
      <dt>Coder’s MS-DRG</dt>
      <dd>{coderDrg ? describe(coderDrg) : <span className="muted">None</span>}</dd>
      <dt>
        <label htmlFor="auditor-drg">Final MS-DRG</label>
      </dt>
      <dd>
        <input
          id="auditor-drg"
          className="mono input-narrow"
          inputMode="numeric"
          maxLength={3}
          value={value}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.value.replace(/\D/g, ''))}
        />{' '}
        {saved && saved.drg === value.padStart(3, '0') ? <span className="muted">{describe(saved)}</span> : value ? <span className="muted">title and weight are looked up on save</span> : null}
      </dd>
    </dl>
  );
}
