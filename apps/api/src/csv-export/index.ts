// The CSV machinery's public surface.
export { CsvExportModule } from './csv-export.module';
export * from './csv';
export { sendCsv, type CsvColumn, type CsvResult } from './csv-response';
export { ExportRunner, type ExportSpec } from './export-runner.service';
export * from './export-format';
export { cursorBatches, rowBatches } from './sql-cursor';
