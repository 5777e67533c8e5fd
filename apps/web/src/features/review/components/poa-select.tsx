import type { Ref } from 'react';

/** The indicators as UB-04 / 837I define them; "exempt" (blank) is right only for codes on the CDC exempt list. */
export const POA_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'Y', label: 'Y – Present on admission' },
  { value: 'N', label: 'N – Not present on admission' },
  { value: 'U', label: 'U – Documentation insufficient' },
  { value: 'W', label: 'W – Clinically undetermined' },
];

interface PoaSelectProps {
  label: string;
  value: string | null;
  /** True/false once known; null while the exempt list is being asked. */
  exempt: boolean | null;
  invalid: boolean;
  describedBy?: string;
  disabled: boolean;
  selectRef?: Ref<HTMLSelectElement>;
  onChange: (poa: string | null) => void;
}

export function PoaSelect({
  label,
  value,
  exempt,
  invalid,
  describedBy,
  disabled,
  selectRef,
  onChange,
}: PoaSelectProps) {
  const current = value ?? '';
  // A blank on a code that needs POA is a missing indicator: say so instead of calling it "exempt".
  const blankLabel = exempt ? 'Exempt (blank)' : 'Missing – choose';
  const showOne = exempt || current === '1';
  return (
    <select
      ref={selectRef}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      value={current}
      disabled={disabled}
      data-field="poa"
      onChange={(e) => onChange(e.target.value || null)}
    >
      {exempt || current === '' ? <option value="">{blankLabel}</option> : null}
      {POA_CHOICES.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
      {showOne ? <option value="1">1 – Exempt (837I marker)</option> : null}
    </select>
  );
}
