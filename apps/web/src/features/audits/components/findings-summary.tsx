import { FINDING_TYPE_LABELS, ROOT_CAUSE_LABELS } from '@recode/domain';
import type { AuditDto, FindingType, RootCause } from '@recode/contracts';

export function FindingsSummary({ summary }: { summary: AuditDto['findingsSummary'] }) {
  const types = Object.entries(summary.byType) as [FindingType, number][];
  const causes = Object.entries(summary.byRootCause) as [RootCause, number][];
  return (
    <section className="card form" aria-labelledby="findings-summary-title">
      <h2 id="findings-summary-title">Findings</h2>
      {summary.total === 0 ? (
        <p className="muted">No findings yet.</p>
      ) : (
        <>
          <p>
            <strong>{summary.total}</strong> finding{summary.total === 1 ? '' : 's'}
            {summary.unclassified > 0 ? `, ${summary.unclassified} not yet classified` : ', all classified'}.
          </p>
          <div className="summary-columns">
            <table className="data-table">
              <caption>By type</caption>
              <tbody>
                {types.map(([type, count]) => (
                  <tr key={type}>
                    <th scope="row">{FINDING_TYPE_LABELS[type]}</th>
                    <td className="num">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="data-table">
              <caption>By root cause</caption>
              <tbody>
                {causes.map(([cause, count]) => (
                  <tr key={cause}>
                    <th scope="row">{ROOT_CAUSE_LABELS[cause]}</th>
                    <td className="num">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
