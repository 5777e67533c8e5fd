import type { DashboardDto } from '@recode/contracts';
import { useId } from 'react';
import { DownloadCsvLink, exportHref } from '../../../components';
import { paretoRows, paymentRows, trendRows } from '../chart-data';
import { AUDITOR_COLUMNS, PARETO_COLUMNS, PAYMENT_COLUMNS, TREND_COLUMNS } from '../dashboard-tables';
import { ChartCard } from './chart-card';
import { DataTable } from './data-table';
import { ParetoChart } from './pareto-chart';
import { PaymentChart } from './payment-chart';
import { TrendChart } from './trend-chart';

const money = (x: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(x);

export function TrendPanel({ data }: { data: DashboardDto }) {
  const rows = trendRows(data.trend, data.target);
  const withData = rows.filter((r) => r.records > 0);
  return (
    <ChartCard
      title="Team accuracy by month"
      description={`Record accuracy against the target, with ${data.trend.chart?.method === 'beta-binomial-probability' ? 'beta-binomial (overdispersed months)' : 'exact binomial'} control limits: a month inside the dashed band is within noise.${data.trend.chart?.note ? ` ${data.trend.chart.note}` : ''}`}
      csvName="team-accuracy.csv"
      csvHref={exportHref('dashboard', { ...data.filters, table: 'trend' })}
      columns={TREND_COLUMNS}
      rows={withData.length ? rows : []}
      rowKey={(r) => r.month}
      empty="No reviewed records in this period."
    >
      <TrendChart rows={rows} />
    </ChartCard>
  );
}

export function ParetoPanel({ data }: { data: DashboardDto }) {
  return (
    <ChartCard
      title="Errors by category"
      description="Coder-caused errors that still stand, largest first, with the cumulative share."
      csvName="error-pareto.csv"
      csvHref={exportHref('dashboard', { ...data.filters, table: 'pareto' })}
      columns={PARETO_COLUMNS}
      rows={paretoRows(data.pareto)}
      rowKey={(r) => r.category}
      empty="No coder-caused errors in this period."
    >
      <ParetoChart rows={paretoRows(data.pareto)} />
    </ChartCard>
  );
}

export function PaymentPanel({ data }: { data: DashboardDto }) {
  const rows = paymentRows(data.payment);
  const { overpayment: over, underpayment: under } = data.payment;
  return (
    <ChartCard
      title="Over- and underpayment"
      description={`Overpaid ${money(over.amount)} (${over.weight.toFixed(4)} DRG weight); underpaid ${money(under.amount)} (${under.weight.toFixed(4)}). Kept apart, never netted.`}
      csvName="payment.csv"
      columns={PAYMENT_COLUMNS}
      rows={rows}
      rowKey={(r) => r.month}
      empty="No payment changes in this period."
    >
      <PaymentChart rows={rows} />
    </ChartCard>
  );
}

export function AuditorsPanel({ data }: { data: DashboardDto }) {
  const headingId = useId();
  return (
    <section className="dash-card" aria-labelledby={headingId}>
      <header className="dash-card-header">
        <div>
          <h2 id={headingId}>Auditor calibration</h2>
          <p className="dash-card-description">
            Dispute rate per released finding and overturn rate per dispute (withdrawn or overturned), by auditor.
          </p>
        </div>
        <div className="dash-card-actions">
          <DownloadCsvLink href={exportHref('dashboard', { ...data.filters, table: 'auditors' })} label="CSV" small />
        </div>
      </header>
      {data.auditors.length === 0 ? (
        <p className="dash-empty">No released findings in this period.</p>
      ) : (
        <DataTable
          caption="Auditor calibration"
          columns={AUDITOR_COLUMNS}
          rows={data.auditors}
          rowKey={(r) => r.auditorId}
        />
      )}
    </section>
  );
}
