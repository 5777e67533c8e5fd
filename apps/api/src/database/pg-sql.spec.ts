import { z } from 'zod';
import { pgCount, pgRow, pgRows, type PgQueryable } from './pg-sql';
import { firstRowChecked, rowList } from './sql';
import { RowShapeError } from './sql';

/** A stand-in for node-postgres' answer only: what PostgreSQL returns is covered by the integration specs. */
const answering = (rows: unknown[], rowCount: number | null = rows.length): PgQueryable => ({
  query: async () => ({ rows, rowCount }),
});
const shape = z.object({ id: z.string(), n: z.number() });

describe('typed raw SQL on a pg client', () => {
  it('checks every row of a result object', async () => {
    await expect(pgRows(answering([{ id: 'a', n: 1 }]), shape, 'SELECT id, n FROM t')).resolves.toEqual([
      { id: 'a', n: 1 },
    ]);
    await expect(pgRow(answering([]), shape, 'SELECT id, n FROM t')).resolves.toBeUndefined();
    const bad = pgRows(answering([{ id: 'a', n: 1 }, { id: 'b' }]), shape, 'SELECT id, n FROM t');
    await expect(bad).rejects.toThrow(/Row 1 of "SELECT id, n FROM t".*n:/);
  });

  it('answers the touched row count, 0 when the driver gives none', async () => {
    await expect(pgCount(answering([], 7), 'DELETE FROM t')).resolves.toBe(7);
    await expect(pgCount(answering([], null), 'BEGIN')).resolves.toBe(0);
  });
});

describe('first-row check for bulk answers', () => {
  it('checks the first row and hands the list on as it came', () => {
    const rows = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    const checked = firstRowChecked(shape, rows, 'SELECT id, n FROM t');
    expect(checked).toBe(rows);
    expect(firstRowChecked(shape, [], 'SELECT id, n FROM t')).toEqual([]);
  });

  it('fails at the boundary when the first row has another shape, or there is no list', () => {
    expect(() => firstRowChecked(shape, [{ id: 'a', count: 1 }], 'SELECT id, count FROM t')).toThrow(
      /Row 0 of "SELECT id, count FROM t".*n:/,
    );
    expect(() => rowList({ rows: [] }, 'SELECT 1')).toThrow(RowShapeError);
  });
});
