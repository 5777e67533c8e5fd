import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../components';
import { DrgPanel } from '../components/drg-panel';
import { useDashboard } from '../api/use-dashboard';
import { monthLabel } from '../chart-data';
import { AccuracyTotals } from '../components/accuracy-totals';
import { CodersTable } from '../components/coders-table';
import { DashboardFilters } from '../components/dashboard-filters';
import { AuditorsPanel, ParetoPanel, PaymentPanel, TrendPanel } from '../components/dashboard-panels';
import { parseDashboardParams } from '../dashboard-search-params';
import '../dashboard.css';
import { useParamPatch } from '../../../hooks/use-param-patch';

export function DashboardRoute() {
  const [params, setParams] = useSearchParams();
  const query = parseDashboardParams(params);
  const dashboard = useDashboard(query);
  const update = useParamPatch(params, setParams);
  const data = dashboard.data;

  return (
    <div className="page">
      <PageHeader
        title="Team accuracy"
        description={
          data
            ? `${monthLabel(data.filters.from)} – ${monthLabel(data.filters.to)}, by ${data.filters.basis === 'review' ? 'review' : 'encounter'} month. Every rate is shown with its sample size and 95% interval; audits still in review count as preliminary.`
            : 'Every rate is shown with its sample size and 95% interval.'
        }
      />
      <DashboardFilters
        key={query.facility ?? ''}
        query={query}
        shown={data?.filters}
        teams={data?.teams ?? []}
        onChange={update}
      />
      {dashboard.isPending ? (
        <LoadingState label="Loading the dashboard…" />
      ) : dashboard.isError ? (
        <ErrorState
          title="Could not load the dashboard"
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          retrying={dashboard.isFetching}
        />
      ) : !data ? null : data.totals.recordsReviewed === 0 ? (
        <EmptyState title="No reviewed records for these filters">
          <p>
            Accuracy is measured from reviewed records of audits in review, released or final. Widen the period or clear
            a filter.
          </p>
        </EmptyState>
      ) : (
        <>
          <AccuracyTotals totals={data.totals} target={data.target} />
          <div className="dash-grid">
            <TrendPanel data={data} />
            <ParetoPanel data={data} />
            <CodersTable coders={data.coders} query={query} target={data.target} />
            <AuditorsPanel data={data} />
            <PaymentPanel data={data} />
            <DrgPanel query={query} />
          </div>
          <p className="dash-source">
            {data.source === 'rollups'
              ? 'From the monthly score rollups, refreshed after every saved review or ruling.'
              : 'Computed from the reviewed records (setting or facility filter).'}
          </p>
        </>
      )}
    </div>
  );
}
