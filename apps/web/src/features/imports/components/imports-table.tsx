import type { ImportDto } from '@recode/contracts';
import { StatusBadge } from '../../../components';
import { formatCount, formatDateTime } from '../../../lib/format';
import {
  encountersStored,
  importStatusLabel,
  importStatusTone,
  isImportActive,
  progressPercent,
} from '../import-status';

interface ImportsTableProps {
  imports: readonly ImportDto[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

export function ImportsTable({ imports, selectedId, onSelect }: ImportsTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table imports-table">
        <caption className="visually-hidden">Imports, newest first</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col" className="num">
              Encounters stored
            </th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col" className="num">
              Flagged
            </th>
            <th scope="col" className="num">
              Errors
            </th>
            <th scope="col">Started / finished</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => (
            <tr key={item.id} className={item.id === selectedId ? 'row-selected' : undefined}>
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(item.id)}
                  aria-current={item.id === selectedId ? 'true' : undefined}
                >
                  {item.fileName}
                </button>
                <span className="cell-sub">
                  {item.source} · {item.createdBy?.displayName ?? 'unknown'}
                </span>
              </td>
              <td className="nowrap">
                <StatusBadge tone={importStatusTone(item.status)}>{importStatusLabel(item.status)}</StatusBadge>
                {isImportActive(item.status) ? <span className="cell-sub">{progressPercent(item)}%</span> : null}
              </td>
              <td className="num">{item.rowsTotal === null ? '—' : formatCount(item.rowsTotal)}</td>
              <td className="num">{formatCount(encountersStored(item))}</td>
              <td className="num">{formatCount(item.counts.encountersRejected)}</td>
              <td className="num">{formatCount(item.counts.encountersFlagged)}</td>
              <td className="num">{formatCount(item.errorCount)}</td>
              <td className="nowrap">
                {formatDateTime(item.startedAt)}
                <span className="cell-sub">{item.finishedAt ? formatDateTime(item.finishedAt) : 'not finished'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
