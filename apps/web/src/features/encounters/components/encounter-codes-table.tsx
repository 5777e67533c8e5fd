import type { EncounterCodeDto } from '@recode/contracts';
import { displayCode } from '@recode/domain';
import { issueLabel, poaLabel, SYSTEM_LABELS } from '../encounter-format';

interface EncounterCodesTableProps {
  codes: readonly EncounterCodeDto[];
  fiscalYear: number;
}

export function EncounterCodesTable({ codes, fiscalYear }: EncounterCodesTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table encounter-codes">
        <caption className="visually-hidden">Codes, with their descriptions from the FY{fiscalYear} code sets</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Seq
            </th>
            <th scope="col">System</th>
            <th scope="col">Code</th>
            <th scope="col">Description (FY{fiscalYear})</th>
            <th scope="col">Principal</th>
            <th scope="col">POA</th>
            <th scope="col">Modifiers</th>
            <th scope="col" className="num">
              Units
            </th>
            <th scope="col" className="num">
              Line
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.position} className={code.issue ? 'encounter-code-issue' : undefined}>
              <td className="num">{code.sequence}</td>
              <td className="nowrap">{SYSTEM_LABELS[code.system]}</td>
              <td className="mono cell-strong">{displayCode(code.system, code.code)}</td>
              <td className="cell-wrap">
                {code.description ?? <span className="muted">No description in the FY{fiscalYear} code set</span>}
                {code.issue ? (
                  <span className="cell-sub encounter-code-issue-text">⚠ {issueLabel(code.issue)}</span>
                ) : null}
              </td>
              <td>{code.principal ? 'Principal' : ''}</td>
              <td className="mono" title={poaLabel(code.poa)}>
                {code.poa ?? ''}
              </td>
              <td className="mono">{code.modifiers.join(', ')}</td>
              <td className="num">{code.units ?? ''}</td>
              <td className="num">{code.line ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
