import type { AuditLineSystem, ReviewCodeLineDto } from '@recode/contracts';
import { CODE_SYSTEM_LABELS, displayCode } from '@recode/domain';
import type { LineMark } from '../review-diff';
import { missingDescription } from '../code-picker-view';

export const MARK_LABELS: Record<LineMark, string> = {
  same: '',
  added: 'Added',
  removed: 'Not in final',
  revised: 'Revised',
  changed: 'Changed',
};

interface CodeLinesTableProps {
  lines: readonly ReviewCodeLineDto[];
  mark: (system: AuditLineSystem, code: string) => LineMark;
}

/** The coder's codes, read-only, each marked by how the auditor's final set differs. */
export function CodeLinesTable({ lines, mark }: CodeLinesTableProps) {
  if (lines.length === 0) return <p className="muted">The coder reported no codes.</p>;
  const showQualifiers = lines.some((line) => line.poa || line.modifiers.length > 0);
  return (
    <table className="data-table code-table">
      <caption className="visually-hidden">Coder’s codes</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">System</th>
          <th scope="col">Code</th>
          <th scope="col">Description</th>
          {showQualifiers ? <th scope="col">POA / modifiers</th> : null}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          const m = mark(line.system, line.code);
          return (
            <tr key={`${line.system}-${line.sequence}-${line.code}`} className={`mark-${m}`}>
              <td className="nowrap">
                {line.sequence}
                {line.principal ? <abbr title="Principal / first-listed"> P</abbr> : null}
              </td>
              <td className="nowrap">{CODE_SYSTEM_LABELS[line.system]}</td>
              <td className="nowrap">
                <span className="mono">{displayCode(line.system, line.code)}</span>
                {m === 'same' ? null : <div className="cell-sub">{MARK_LABELS[m]}</div>}
              </td>
              <td className="cell-wrap">
                {line.description ?? <span className="muted">{missingDescription(line.system)}</span>}
              </td>
              {showQualifiers ? (
                <td className="mono">{[line.poa, ...line.modifiers].filter(Boolean).join(' ') || '—'}</td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
