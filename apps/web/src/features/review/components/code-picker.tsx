import type { AuditLineSystem, CodeSearchHit } from '@recode/contracts';
import { CODE_SYSTEM_LABELS, hcpcsQuarterNote } from '@recode/domain';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { errorMessage } from '../../../lib/api-error';
import { useCodeSearch } from '../api/use-code-search';
import { codeSearchQuery, pickerKey } from '../code-picker-keys';
import { dottedCode, pickerView } from '../code-picker-view';

interface CodePickerProps {
  system: AuditLineSystem;
  encounter: { fiscalYear: number; encounterDate: string };
  label: string;
  onPick: (hit: CodeSearchHit) => void;
  onClose: () => void;
}

/**
 * Type to search the encounter's code-set year; arrow keys move, Enter picks, Escape closes. The list
 * shows only hits of what is in the box now: it empties the moment the text changes.
 */
export function CodePicker({ system, encounter, label, onPick, onClose }: CodePickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const settled = useDebouncedValue(text, 250);
  const query = codeSearchQuery(system, encounter, settled);
  const search = useCodeSearch(query);
  const view = pickerView({
    system,
    text,
    searchedFor: settled,
    pages: search.data?.pages,
    error: search.isError ? errorMessage(search.error) : null,
  });
  const { hits } = view;
  // Never silently: a HCPCS set of another quarter than the claim's is named above the list.
  const usedSet = search.data?.pages[0]?.codeSet;
  const quarterNote =
    system === 'HCPCS' && usedSet ? hcpcsQuarterNote(usedSet.version, encounter.encounterDate.slice(0, 10)) : null;

  useEffect(() => inputRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const result = pickerKey(event.key, active, hits.length);
    if (result.kind === 'none') return;
    event.preventDefault();
    if (result.kind === 'close') onClose();
    else if (result.kind === 'move') setActive(result.index);
    else {
      const hit = hits[result.index];
      if (hit) onPick(hit);
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <div className="code-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && active < hits.length ? optionId(active) : undefined}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <p className="field-hint" aria-live="polite">
        {view.status}
      </p>
      {quarterNote ? (
        <p className="notice notice-warning" role="note" data-testid="hcpcs-quarter-note">
          {quarterNote}
        </p>
      ) : null}
      <ul id={listId} role="listbox" className="code-picker-list" aria-label={`${CODE_SYSTEM_LABELS[system]} codes`}>
        {hits.map((hit, index) => (
          <li
            key={hit.code}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'code-picker-option code-picker-option-active' : 'code-picker-option'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(hit)}
          >
            <span className="mono">{dottedCode(system, hit.code)}</span>{' '}
            {hit.descriptionLicensed === false ? (
              <span className="muted">description not licensed</span>
            ) : (
              hit.shortDescription
            )}
            {hit.billable ? null : <span className="badge badge-warning">header</span>}
            {hit.via ? <span className="cell-sub">Index: {hit.via}</span> : null}
          </li>
        ))}
      </ul>
      {view.canShowMore ? (
        <button
          type="button"
          className="btn btn-small"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => void search.fetchNextPage()}
          disabled={search.isFetchingNextPage}
        >
          {search.isFetchingNextPage ? 'Loading…' : 'More codes'}
        </button>
      ) : null}
      <button type="button" className="btn btn-small btn-ghost" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
