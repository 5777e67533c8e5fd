import type { DashboardDto } from '@recode/contracts';
import { StatFigure } from '../../../components';
import { intervalText } from '../dashboard-tables';
import { methodTooltip, ofPopulation } from '../method-tooltip';
import { formatPercent } from '../../../lib/percent';

const TARGETED_TIP =
  'Records chosen by targeting rules (high-risk cases): a count of findings, not a random sample, so never part of the accuracy rates';

/** Record and code accuracy with their intervals, the target, and the targeted review findings beside them; on the dashboard and the coder drill-down. */
export function AccuracyTotals({ totals, target }: { totals: DashboardDto['totals']; target: number | null }) {
  return (
    <div className="dash-kpis" aria-label="Totals for the period">
      <div className="dash-kpi">
        <div className="dash-kpi-value" data-testid="team-record-accuracy">
          <StatFigure tip={methodTooltip(totals.recordAccuracy, 'records')}>
            {formatPercent(totals.recordAccuracy.estimate)}
          </StatFigure>
          {totals.preliminary ? <span className="dash-muted"> (preliminary)</span> : null}
        </div>
        <div className="dash-kpi-label">
          Record accuracy, 95% CI {intervalText(totals.recordAccuracy)}, n = {totals.recordsReviewed}
          {ofPopulation(totals.recordAccuracy)} records
          {totals.recordAccuracy.status === 'not_enough_data'
            ? ` — not enough data: ${totals.recordAccuracy.reason ?? ''}`
            : ''}
        </div>
      </div>
      <div className="dash-kpi">
        <div className="dash-kpi-value">
          <StatFigure tip={methodTooltip(totals.codeAccuracy, 'codes', totals.codeAccuracy.clusters)}>
            {formatPercent(totals.codeAccuracy.estimate)}
          </StatFigure>
          {totals.preliminary ? <span className="dash-muted"> (preliminary)</span> : null}
        </div>
        <div className="dash-kpi-label">
          Code accuracy, 95% CI {intervalText(totals.codeAccuracy)}, {totals.codesReviewed} codes in{' '}
          {totals.codeAccuracy.clusters} records
          {totals.codeAccuracy.status === 'not_enough_data'
            ? ` — not enough data: ${totals.codeAccuracy.reason ?? ''}`
            : ''}
        </div>
      </div>
      {target === null ? null : (
        <div className="dash-kpi">
          <div className="dash-kpi-value">{formatPercent(target)}</div>
          <div className="dash-kpi-label">Target (a setting)</div>
        </div>
      )}
      {totals.targeted && totals.targeted.recordsReviewed > 0 ? (
        <div className="dash-kpi">
          <div className="dash-kpi-value">
            <StatFigure
              tip={`${TARGETED_TIP} · ${totals.targeted.recordsWithError} of ${totals.targeted.recordsReviewed} targeted records with a coder error`}
            >
              {totals.targeted.recordsWithError} of {totals.targeted.recordsReviewed}
            </StatFigure>
          </div>
          <div className="dash-kpi-label">
            Targeted review findings: records with a coder error (not in the accuracy)
          </div>
        </div>
      ) : null}
    </div>
  );
}
