import { ROLES } from '@recode/contracts';
import { useCallback } from 'react';
import { SelectField, TextField } from '../../../components';
import { useSearchBox } from '../../../hooks/use-search-box';
import { formatRole } from '../../../lib/format';
import type { ParamPatch } from '../../../lib/search-params';
import type { UserListQuery } from '../api/use-users';

const ROLE_OPTIONS = [
  { value: '', label: 'All roles' },
  ...ROLES.map((role) => ({ value: role, label: formatRole(role) })),
];
const STATUS_OPTIONS = [
  { value: '', label: 'All' },
  { value: 'true', label: 'Active' },
  { value: 'false', label: 'Inactive' },
];

interface UserFiltersProps {
  query: UserListQuery;
  onChange: (patch: ParamPatch) => void;
}

export function UserFilters({ query, onChange }: UserFiltersProps) {
  const commitSearch = useCallback((q: string) => onChange({ q }), [onChange]);
  const [search, setSearch] = useSearchBox(query.q, commitSearch);

  return (
    <div className="filters" role="search" aria-label="Filter users">
      <TextField label="Search" type="search" placeholder="Name or email" value={search} onValueChange={setSearch} />
      <SelectField
        label="Role"
        value={query.role ?? ''}
        options={ROLE_OPTIONS}
        onValueChange={(role) => onChange({ role })}
      />
      <SelectField
        label="Status"
        value={query.active === undefined ? '' : String(query.active)}
        options={STATUS_OPTIONS}
        onValueChange={(active) => onChange({ active })}
      />
    </div>
  );
}
