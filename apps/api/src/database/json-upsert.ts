/** What jsonUpsertSql writes. Names are the code's own, never input. */
export interface JsonUpsert {
  table: string;
  /** Columns the same for every row, from $1, $2, … in this order; the rows' JSON is the parameter after them. */
  shared: readonly string[];
  /** Each JSON row's columns with their SQL types (jsonb_to_recordset's record type). */
  rows: Readonly<Record<string, string>>;
  /** The unique key a row conflicts on. */
  conflict: readonly string[];
  /** Columns an update leaves as they are besides the key: what the key stands for, or what never changes. */
  keep?: readonly string[];
  /** A timestamp column set to now() by the insert and by the update. */
  stamp?: string;
}

const NAME = /^[a-z][a-z0-9_]*$/;

/**
 * INSERT … SELECT … FROM jsonb_to_recordset(…) ON CONFLICT … DO UPDATE, built from one list of columns: a set of
 * rows sent as one JSON parameter is written in one statement, and a column is named in one place.
 */
export function jsonUpsertSql(spec: JsonUpsert): string {
  const rowColumns = Object.keys(spec.rows);
  const stamp = spec.stamp ? [spec.stamp] : [];
  const keep = spec.keep ?? [];
  for (const name of [spec.table, ...spec.shared, ...rowColumns, ...spec.conflict, ...keep, ...stamp])
    if (!NAME.test(name)) throw new Error(`jsonUpsertSql: "${name}" is not a plain SQL name`);
  const unchanged = new Set([...spec.conflict, ...keep]);
  const columns = [...spec.shared, ...rowColumns, ...stamp];
  const values = [
    ...spec.shared.map((_, i) => `$${i + 1}`),
    ...rowColumns.map((c) => `r.${c}`),
    ...stamp.map(() => 'now()'),
  ];
  const recordType = Object.entries(spec.rows).map(([column, type]) => `${column} ${type}`);
  const updates = [
    ...[...spec.shared, ...rowColumns].filter((c) => !unchanged.has(c)).map((c) => `${c} = excluded.${c}`),
    ...stamp.map((c) => `${c} = now()`),
  ];
  return `INSERT INTO ${spec.table} (${columns.join(', ')})
  SELECT ${values.join(', ')}
    FROM jsonb_to_recordset($${spec.shared.length + 1}::jsonb) AS r(${recordType.join(', ')})
  ON CONFLICT (${spec.conflict.join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
}
