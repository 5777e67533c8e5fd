/** Rows of a tab-separated table: the header line (a leading `#` allowed) is dropped, blank lines skipped. */
export function tsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let first = true;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (first) {
      first = false;
      continue;
    }
    if (line.trim() === '') continue;
    rows.push(line.split('\t'));
  }
  return rows;
}

/** A space-separated list cell as words ('' → []). */
export function words(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  const trimmed = cell.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}
