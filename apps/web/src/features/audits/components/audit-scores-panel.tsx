import { ErrorState, LoadingState, StatFigure } from '../../../components';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useAuditScores } from '../api/use-audit-scores';
import { formatInterval, rateTip } from '../score-format';
import { ScoreTable } from './score-table';
import { formatPercent } from '../../../lib/percent';

/** The audit's scores; with `reports`, each coder's row links to their printable report (admins and supervisors). */
export function AuditScoresPanel({ auditId, reports = false }: { auditId: string; reports?: boolean }) {
  const scores = useAuditScores(auditId, { enabled: true });
  if (scores.isPending) return <LoadingState label="Loading scores…" />;
  if (scores.isError)
    return (
      <ErrorState
        title="Could not load the scores"
        error={scores.error}
        onRetry={() => void scores.refetch()}
        retrying={scores.isFetching}
      />
    );
  const score = scores.data.final ?? scores.data.preliminary;
  if (!score) {
    return (
      <section className="card" aria-label="Scores">
        <h2>Scores</h2>
        <p className="muted">No scores yet: they are computed as records are reviewed.</p>
      </section>
    );
  }
  return (
    <section className="card form" aria-labelledby="scores-title">
      <h2 id="scores-title">
        Scores <span className="muted">({score.kind === 'final' ? 'final' : 'preliminary'})</span>
      </h2>
      <p className="muted">
        {score.methodVersion}; principal changes weigh {score.settings.principalWeight}, others{' '}
        {score.settings.otherWeight}, and each code counts at the weight of an error on it
        {typeof score.overall.weightedCodes === 'number'
          ? ` (${formatCount(score.overall.weightedErrors)} of ${formatCount(score.overall.weightedCodes)} weighted codes in error)`
          : ''}
        ; computed {formatDateTime(score.computedAt)}.
      </p>
      <ScoreTable score={score.overall} caption="Whole audit" preliminary={score.kind !== 'final'} />
      {score.perCoder.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Per coder</caption>
            <thead>
              <tr>
                <th scope="col">Coder</th>
                <th scope="col" className="num">
                  Code accuracy
                </th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">
                  Codes
                </th>
                <th scope="col" className="num">
                  Record accuracy
                </th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">
                  Records
                </th>
                {reports ? <th scope="col">Report</th> : null}
              </tr>
            </thead>
            <tbody>
              {score.perCoder.map((row) => (
                <tr key={row.coderId}>
                  <td>
                    <span className="mono">{row.externalId}</span> {row.displayName}
                  </td>
                  <td className="num">
                    <StatFigure
                      tip={rateTip(row.score.codeAccuracy, 'codes', score.kind !== 'final' || row.score.preliminary)}
                    >
                      {formatPercent(row.score.codeAccuracy.estimate)}
                    </StatFigure>
                  </td>
                  <td>{formatInterval(row.score.codeAccuracy)}</td>
                  <td className="num">{row.score.codeAccuracy.n}</td>
                  <td className="num">
                    <StatFigure
                      tip={rateTip(
                        row.score.recordAccuracy,
                        'records',
                        score.kind !== 'final' || row.score.preliminary,
                      )}
                    >
                      {formatPercent(row.score.recordAccuracy.estimate)}
                    </StatFigure>
                  </td>
                  <td>{formatInterval(row.score.recordAccuracy)}</td>
                  <td className="num">{row.score.recordAccuracy.n}</td>
                  {reports ? (
                    <td>
                      <a
                        href={`/api/audits/${encodeURIComponent(auditId)}/report?coderId=${encodeURIComponent(row.coderId)}`}
                        target="_blank"
                        rel="noreferrer"
                        aria-label={`Printable report for ${row.externalId} (PDF)`}
                      >
                        PDF
                      </a>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
