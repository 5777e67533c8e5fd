import { cursorFitsSort, decodeCursor, encodeCursor } from './encounter-cursor';

describe('encounter cursors', () => {
  const id = '0b6b1a5e-2f0e-4a53-9d1c-6c1f9a4e2b10';

  it('round-trips the sort value and id', () => {
    expect(decodeCursor(encodeCursor({ value: '2026-03-01', id }))).toEqual({ value: '2026-03-01', id });
  });

  it('refuses anything it did not issue', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('["x","not-a-uuid"]').toString('base64url'))).toBeNull();
    expect(decodeCursor(Buffer.from('{"value":"x"}').toString('base64url'))).toBeNull();
  });
});

describe('a cursor against its sort', () => {
  const id = '0b6b1a5e-2f0e-4a53-9d1c-6c1f9a4e2b10';

  it('needs a real calendar date when the list is sorted by date', () => {
    expect(cursorFitsSort({ value: '2026-03-01', id }, 'date')).toBe(true);
    expect(cursorFitsSort({ value: 'abc', id }, 'date')).toBe(false);
    expect(cursorFitsSort({ value: '2026-02-30', id }, 'date')).toBe(false);
    expect(cursorFitsSort({ value: 'abc', id }, 'externalId')).toBe(true);
  });
});
