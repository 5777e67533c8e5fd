import type { ClaimLineDto } from '@recode/contracts';
import { CODE_SYSTEM_LABELS, displayCode, type CodeSystem } from '@recode/domain';
import { ErrorState, LoadingState } from '../../../components';
import { useDisputeHistory } from '../api/use-dispute-history';

const key = (l: ClaimLineDto) => `${l.system}|${l.code}`;

function ClaimTable({
  title,
  lines,
  other,
  firstListed,
}: {
  title: string;
  lines: readonly ClaimLineDto[];
  other: ReadonlySet<string>;
  firstListed: boolean;
}) {
  return (
    <table className="data-table code-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">System</th>
          <th scope="col">Code</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${key(line)}-${line.sequence}`} className={other.has(key(line)) ? undefined : 'mark-changed'}>
            <td className="nowrap">
              {line.sequence}
              {line.principal ? (
                <abbr title={firstListed ? 'First-listed' : 'Principal'}> {firstListed ? 'F' : 'P'}</abbr>
              ) : null}
            </td>
            <td className="nowrap">{CODE_SYSTEM_LABELS[line.system as CodeSystem] ?? line.system}</td>
            <td className="mono nowrap">
              {displayCode(line.system, line.code)}
              {line.poa ? <span className="cell-sub"> POA {line.poa}</span> : null}
              {line.modifiers.length ? <span className="cell-sub"> -{line.modifiers.join(' -')}</span> : null}
              {other.has(key(line)) ? null : <div className="cell-sub">Only on this side</div>}
            </td>
            <td className="cell-wrap">
              {line.description ?? <span className="muted">No description in this year’s set</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The whole claim the finding belongs to: the coder's codes beside the auditor's final codes. */
export function ClaimComparison({ findingId, setting }: { findingId: string; setting: string }) {
  const history = useDisputeHistory(findingId, true);
  if (history.isPending) return <LoadingState label="Loading the claim…" />;
  if (history.isError)
    return <ErrorState error={history.error} title="Could not load the claim" onRetry={() => void history.refetch()} />;
  const { coderCodes, auditorCodes } = history.data.claim;
  const firstListed = setting !== 'inpatient';
  return (
    <div className="review-columns claim-comparison" role="group" aria-label="The whole claim">
      <ClaimTable
        title="Coder’s codes"
        lines={coderCodes}
        other={new Set(auditorCodes.map(key))}
        firstListed={firstListed}
      />
      <ClaimTable
        title="Auditor’s final codes"
        lines={auditorCodes}
        other={new Set(coderCodes.map(key))}
        firstListed={firstListed}
      />
    </div>
  );
}
