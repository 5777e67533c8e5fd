export function pageCount(total: number, pageSize: number): number {
  if (pageSize <= 0) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "51–100 of 230": what a reader of a dense table needs to know where they are. */
export function pageRangeLabel(page: number, pageSize: number, total: number): string {
  if (total <= 0) return 'No results';
  const first = (page - 1) * pageSize + 1;
  if (first > total) return `0 of ${total.toLocaleString('en-US')}`;
  const last = Math.min(page * pageSize, total);
  return `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
}
