import { type EncounterListQuery, type EncounterSummaryDto, SETTING_LABELS } from '@recode/contracts';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components';
import { formatCount, formatDate } from '../../../lib/format';

interface EncountersTableProps {
  encounters: readonly EncounterSummaryDto[];
  sort: EncounterListQuery['sort'];
  onSort: (column: 'date' | 'externalId') => void;
  /** The list's query string, so the detail page can lead back to the same filtered page. */
  backSearch: string;
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: 'date' | 'externalId';
  sort: EncounterListQuery['sort'];
  onSort: EncountersTableProps['onSort'];
}) {
  const active = sort.replace('-', '') === column;
  const descending = sort.startsWith('-');
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="link-button sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ↓' : ' ↑') : ' ↕'}</span>
      </button>
    </th>
  );
}

export function EncountersTable({ encounters, sort, onSort, backSearch }: EncountersTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table encounters-table">
        <caption className="visually-hidden">Encounters</caption>
        <thead>
          <tr>
            <SortHeader label="Encounter" column="externalId" sort={sort} onSort={onSort} />
            <SortHeader label="Date" column="date" sort={sort} onSort={onSort} />
            <th scope="col">Setting</th>
            <th scope="col">Facility</th>
            <th scope="col">Coder</th>
            <th scope="col">DRG</th>
            <th scope="col" className="num">
              Codes
            </th>
            <th scope="col" className="num">
              Versions
            </th>
            <th scope="col">Pre-audit</th>
          </tr>
        </thead>
        <tbody>
          {encounters.map((e) => (
            <tr key={e.id}>
              <td className="mono">
                <Link to={`/encounters/${e.id}`} state={{ backSearch }}>
                  {e.externalId}
                </Link>
                <span className="cell-sub">{e.source}</span>
              </td>
              <td className="nowrap">
                {formatDate(e.encounterDate)}
                <span className="cell-sub">FY{e.fiscalYear}</span>
              </td>
              <td>{SETTING_LABELS[e.setting]}</td>
              <td>{e.facility ?? '—'}</td>
              <td>
                {e.coder.displayName}
                <span className="cell-sub mono">{e.coder.externalId}</span>
              </td>
              <td className="mono">{e.drg ?? '—'}</td>
              <td className="num">{formatCount(e.codeCount)}</td>
              <td className="num">{formatCount(e.versionCount)}</td>
              <td>
                {e.flagged ? <StatusBadge tone="warning">Flagged</StatusBadge> : <span className="muted">—</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
