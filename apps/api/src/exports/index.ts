// The exports module's public surface: one CSV writer, the cursor reader and the runner that streams and audit-logs.
export { ExportsModule } from './exports.module';
export * from './csv';
export type { CsvColumn } from './csv-response';
export { ExportRunner } from './export-runner.service';
export { cents, dotted, fileStem, rate4, settingLabel } from './export-format';
export { cursorBatches } from './sql-cursor';
