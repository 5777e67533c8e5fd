interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  hint?: string;
  empty?: string;
}

/** A multiple choice as checkboxes; nothing chosen means "all" wherever it is used in a plan scope. */
export function CheckboxGroup<T extends string>({ legend, options, selected, onChange, hint, empty }: CheckboxGroupProps<T>) {
  const toggle = (value: T, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="field fieldset">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {options.length === 0 && empty ? <p className="field-hint">{empty}</p> : null}
      <div className="checkbox-list">
        {options.map((option) => (
          <label key={option.value} className="checkbox-option">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
