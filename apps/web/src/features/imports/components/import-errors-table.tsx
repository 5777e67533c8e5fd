import type { ImportErrorDto } from '@recode/contracts';
import { StatusBadge } from '../../../components';

const SEVERITY = {
  reject: { label: 'Rejected', tone: 'negative' },
  flag: { label: 'Flagged', tone: 'warning' },
  warning: { label: 'Warning', tone: 'neutral' },
} as const;

interface ImportErrorsTableProps {
  errors: readonly ImportErrorDto[];
  total: number;
}

/** The first problems of an import, as the detail endpoint gives them; the CSV has them all. */
export function ImportErrorsTable({ errors, total }: ImportErrorsTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table import-errors">
        <caption className="visually-hidden">
          {errors.length < total ? `The first ${errors.length} of ${total} problems` : `All ${total} problems`}, by row
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Encounter</th>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
            <th scope="col">Effect</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.row}-${error.field}-${index}`}>
              <td className="num">{error.row}</td>
              <td className="mono">{error.encounter ?? '—'}</td>
              <td className="mono">{error.field}</td>
              <td className="mono cell-wrap">
                {error.value === '' ? <span className="muted">(empty)</span> : error.value}
              </td>
              <td className="cell-wrap">
                {error.message}
                <span className="cell-sub mono">{error.code}</span>
              </td>
              <td>
                <StatusBadge tone={SEVERITY[error.severity].tone}>{SEVERITY[error.severity].label}</StatusBadge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
