import { z } from 'zod';
import { changeRows, RowShapeError, selectManyRows, selectRow, selectRows, type Queryable } from './sql';

/** A stand-in for the driver's answer only: what PostgreSQL returns is covered by the integration specs. */
const answering = (answer: unknown): Queryable => ({ query: async () => answer });
const shape = z.object({ id: z.string(), n: z.number() });

describe('typed raw SQL', () => {
  it('returns rows that have the promised shape', async () => {
    await expect(selectRows(answering([{ id: 'a', n: 1 }]), shape, 'SELECT id, n FROM t')).resolves.toEqual([
      { id: 'a', n: 1 },
    ]);
    await expect(selectRow(answering([]), shape, 'SELECT id, n FROM t')).resolves.toBeUndefined();
  });

  it('names the query and the field when a row has another shape', async () => {
    const bad = selectRows(
      answering([
        { id: 'a', n: 1 },
        { id: 'b', n: '2' },
      ]),
      shape,
      'SELECT id, n FROM t',
    );
    await expect(bad).rejects.toThrow(RowShapeError);
    await expect(bad).rejects.toThrow(/Row 1 of "SELECT id, n FROM t".*n:/);
  });

  it('reads UPDATE answers as rows plus the affected count', async () => {
    await expect(
      changeRows(answering([[{ id: 'a', n: 2 }], 1]), shape, 'UPDATE t SET n = 2 RETURNING id, n'),
    ).resolves.toEqual({ rows: [{ id: 'a', n: 2 }], count: 1 });
    await expect(changeRows(answering([{ id: 'a', n: 2 }]), shape, 'UPDATE t SET n = 2')).rejects.toThrow(
      /\[rows, affected\]/,
    );
  });

  it('checks only the first row of a large row set and hands back the driver rows themselves', async () => {
    const rows = [
      { id: 'a', n: 1, extra: true },
      { id: 'b', n: 2 },
    ];
    const many = await selectManyRows(answering(rows), shape, 'SELECT id, n FROM big');
    expect(many).toBe(rows);
    await expect(selectManyRows(answering([]), shape, 'SELECT id, n FROM big')).resolves.toEqual([]);
    await expect(selectManyRows(answering([{ id: 'a', n: '1' }]), shape, 'SELECT id, n FROM big')).rejects.toThrow(
      /Row 0 of "SELECT id, n FROM big".*n:/,
    );
    await expect(selectManyRows(answering(undefined), shape, 'SELECT id, n FROM big')).rejects.toThrow(/no row list/);
  });
});
