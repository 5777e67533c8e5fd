import type { CodeSetLoadResult } from './code-set-loader';

/** The loader's closing table: one line per file, then the total, so a slow or failed file stands out. */
export function formatLoadSummary(results: readonly CodeSetLoadResult[], totalMs: number): string {
  const header = ['system', 'version', 'rows', 'status', 'ms', 'file'];
  const lines = results.map((r) => [
    r.systems.join('+'),
    r.version,
    String(r.rows),
    r.status,
    String(r.ms),
    r.fileName,
  ]);
  const failed = results.filter((r) => r.status === 'failed').length;
  const total = [
    'total',
    '',
    String(results.reduce((sum, r) => sum + r.rows, 0)),
    failed ? `${failed} failed` : 'ok',
    String(totalMs),
    `${results.length} files`,
  ];
  const table = [header, ...lines, total];
  const widths = header.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  const numeric = new Set([2, 4]);
  const render = (line: readonly string[]): string =>
    line
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [render(header), rule, ...lines.map(render), rule, render(total)].join('\n');
}
