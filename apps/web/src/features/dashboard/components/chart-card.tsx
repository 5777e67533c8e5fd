import { useId, useState, type ReactNode } from 'react';
import { DownloadCsvLink } from '../../../components';
import type { TableColumn } from '../csv';
import { CsvButton } from './csv-button';
import { DataTable } from './data-table';

interface ChartCardProps<Row> {
  title: string;
  description: string;
  csvName: string;
  /** The server's export of the same table (streamed, audit-logged); the browser-built CSV otherwise. */
  csvHref?: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  children: ReactNode;
}

/** A chart with its numbers one click away: a Table toggle and a CSV of the same rows. */
export function ChartCard<Row>({
  title,
  description,
  csvName,
  csvHref,
  columns,
  rows,
  rowKey,
  empty,
  children,
}: ChartCardProps<Row>) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="dash-card" aria-labelledby={headingId}>
      <header className="dash-card-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="dash-card-description">{description}</p>
        </div>
        <div className="dash-card-actions">
          <button type="button" className="btn btn-small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'Chart' : 'Table'}
          </button>
          {csvHref ? (
            <DownloadCsvLink href={csvHref} label="CSV" small />
          ) : (
            <CsvButton fileName={csvName} columns={columns} rows={rows} />
          )}
        </div>
      </header>
      {rows.length === 0 ? (
        <p className="dash-empty">{empty}</p>
      ) : asTable ? (
        <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />
      ) : (
        <div className="dash-chart">{children}</div>
      )}
    </section>
  );
}
