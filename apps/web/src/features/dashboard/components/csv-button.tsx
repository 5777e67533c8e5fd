import { toCsv, type TableColumn } from '../csv';

interface CsvButtonProps<Row> {
  fileName: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  label?: string;
}

/** Downloads exactly the numbers the chart or table shows, built in the browser. */
export function CsvButton<Row>({ fileName, columns, rows, label = 'CSV' }: CsvButtonProps<Row>) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="btn btn-small" onClick={download} disabled={rows.length === 0}>
      {label}
    </button>
  );
}
