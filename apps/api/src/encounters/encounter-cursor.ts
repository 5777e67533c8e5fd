/**
 * Keyset cursors: the last row's sort value and id, opaque to clients (base64url JSON). Keyset paging
 * costs the same on page 1 and page 20,000, unlike OFFSET, which reads and discards every row before.
 */
export interface EncounterCursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: EncounterCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');
}

/** Null for anything that is not a cursor we issued: the caller answers 400, not 500. */
export function decodeCursor(text: string): EncounterCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if (typeof value !== 'string' || typeof id !== 'string' || value.length > 200) return null;
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
    return { value, id };
  } catch {
    return null;
  }
}

/**
 * A cursor's sort value must have the type of the column it pages on: a date sort compares it with
 * encounter_date, and PostgreSQL would reject "abc" there with an error (a 500), not an empty page.
 */
export function cursorFitsSort(cursor: EncounterCursor, sortKey: 'date' | 'externalId'): boolean {
  if (sortKey === 'externalId') return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cursor.value)) return false;
  const date = new Date(`${cursor.value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(cursor.value);
}
