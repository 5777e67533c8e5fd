import { useState } from 'react';
import { SelectField, type SelectOption, TextField } from '../../../components';
import { useDebouncedValue } from '../../../hooks/use-debounced-value';
import { shortId } from '../../../lib/format';
import { useCoders } from '../../coders';

interface CoderSelectProps {
  value: string;
  onChange: (coderId: string) => void;
  /** The user being edited: a coder already linked to them stays selectable. */
  userId?: string;
  error?: string;
}

/** Links a sign-in to the coder whose work it may see; a coder can belong to one sign-in only. */
export function CoderSelect({ value, onChange, userId, error }: CoderSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const coders = useCoders({ page: 1, pageSize: 50, q: q || undefined });
  const items = coders.data?.items ?? [];

  const options: SelectOption[] = [{ value: '', label: 'No linked coder' }];
  if (value && !items.some((coder) => coder.id === value))
    options.push({ value, label: `Linked coder (${shortId(value)})` });
  for (const coder of items) {
    const takenByOther = coder.userId !== null && coder.userId !== userId;
    options.push({
      value: coder.id,
      label: `${coder.externalId} · ${coder.displayName}${takenByOther ? ' (linked to another sign-in)' : ''}`,
      disabled: takenByOther,
    });
  }

  const hint = coders.isError
    ? 'Coders could not be loaded; the current link is kept.'
    : coders.data && coders.data.total > items.length
      ? `Showing ${items.length} of ${coders.data.total} coders; search to narrow the list.`
      : 'Needed for the Coder role: it decides whose audits the person sees.';

  return (
    <div className="field-group">
      <TextField
        label="Find coder"
        type="search"
        placeholder="Coder ID or name"
        value={search}
        onValueChange={setSearch}
      />
      <SelectField
        label="Linked coder"
        value={value}
        options={options}
        onValueChange={onChange}
        error={error}
        hint={hint}
      />
    </div>
  );
}
