import type { CodeSetDto } from '@recode/contracts';
import { formatCount, formatDate, formatDateTime } from '../../../lib/format';
import { codeSetYear, shortChecksum, SYSTEM_LABELS } from '../code-sets-view';

interface CodeSetsTableProps {
  sets: readonly CodeSetDto[];
}

export function CodeSetsTable({ sets }: CodeSetsTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Loaded code sets</caption>
        <thead>
          <tr>
            <th scope="col">System</th>
            <th scope="col">Year / version</th>
            <th scope="col">In force</th>
            <th scope="col">Rows</th>
            <th scope="col">Billable</th>
            <th scope="col">Loaded</th>
            <th scope="col">Source file</th>
          </tr>
        </thead>
        <tbody>
          {sets.map((set) => (
            <tr key={set.id}>
              <td className="cell-strong">{SYSTEM_LABELS[set.system]}</td>
              <td>{codeSetYear(set)}</td>
              <td className="nowrap">
                {formatDate(set.effectiveFrom)} – {formatDate(set.effectiveTo)}
              </td>
              <td>{formatCount(set.rowCount)}</td>
              <td>{set.billableCount === null ? <span className="muted">—</span> : formatCount(set.billableCount)}</td>
              <td className="nowrap">{formatDateTime(set.loadedAt)}</td>
              <td>
                <span>{set.sourceFile}</span>
                <span className="cell-sub mono" title={`sha256 ${set.checksum}`}>
                  sha256 {shortChecksum(set.checksum)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
