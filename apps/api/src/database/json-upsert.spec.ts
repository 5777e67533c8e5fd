import { jsonUpsertSql } from './json-upsert';

const squash = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

describe('jsonUpsertSql', () => {
  it('names each column once: shared ones from the first parameters, the rest from the JSON rows', () => {
    const sql = jsonUpsertSql({
      table: 'tallies',
      shared: ['owner_id', 'method'],
      rows: { owner_key: 'text', day: 'date', total: 'int', label: 'text' },
      conflict: ['owner_id', 'owner_key'],
      keep: ['label'],
      stamp: 'updated_at',
    });
    expect(squash(sql)).toBe(
      'INSERT INTO tallies (owner_id, method, owner_key, day, total, label, updated_at) ' +
        'SELECT $1, $2, r.owner_key, r.day, r.total, r.label, now() ' +
        'FROM jsonb_to_recordset($3::jsonb) AS r(owner_key text, day date, total int, label text) ' +
        'ON CONFLICT (owner_id, owner_key) DO UPDATE SET method = excluded.method, day = excluded.day, ' +
        'total = excluded.total, updated_at = now()',
    );
  });

  it('refuses a name that is not a plain SQL name', () => {
    expect(() => jsonUpsertSql({ table: 't', shared: [], rows: { 'a; DROP': 'int' }, conflict: ['a'] })).toThrow(
      /"a; DROP" is not a plain SQL name/,
    );
  });
});
