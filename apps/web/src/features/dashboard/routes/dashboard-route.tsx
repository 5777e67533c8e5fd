import { EmptyState, PageHeader } from '../../../components';
import { ChartPlaceholder } from '../components/chart-placeholder';

const PLANNED_CHARTS = [
  { title: 'Accuracy trend', description: 'Monthly team accuracy against the target, with control limits so noise is not read as change.' },
  { title: 'Coders', description: 'Accuracy per coder with its 95% interval, records and codes reviewed, errors and open disputes.' },
  { title: 'Error categories', description: 'Coder-caused errors by category, largest first, to plan education.' },
  { title: 'Disputes', description: 'Dispute and overturn rates, by auditor, as a calibration signal.' },
  { title: 'Financial impact', description: 'Over- and under-payment in money and DRG weight, kept apart.' },
] as const;

export function DashboardRoute() {
  return (
    <div className="page">
      <PageHeader
        title="Team accuracy"
        description="Scores from released audits, each shown with its sample size and a 95% interval."
      />
      <EmptyState title="No audits have been released yet">
        <p>
          Accuracy is measured from released audits only. Once an auditor releases the first audit, the regions below fill
          in; until then nothing is estimated.
        </p>
      </EmptyState>
      <div className="chart-grid">
        {PLANNED_CHARTS.map((chart) => (
          <ChartPlaceholder key={chart.title} title={chart.title} description={chart.description} />
        ))}
      </div>
    </div>
  );
}
