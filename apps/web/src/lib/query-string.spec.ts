import { describe, expect, it } from '@jest/globals';
import { buildQueryString } from './query-string';

describe('buildQueryString', () => {
  it('keeps the order of the params and encodes values', () => {
    expect(buildQueryString({ page: 2, pageSize: 50, q: 'smith & co' })).toBe('?page=2&pageSize=50&q=smith+%26+co');
  });

  it('leaves out empty values but keeps false and zero', () => {
    expect(buildQueryString({ q: '  ', role: undefined, teamId: null, active: false, page: 0 })).toBe(
      '?active=false&page=0',
    );
  });

  it('is empty when nothing is chosen', () => {
    expect(buildQueryString({})).toBe('');
    expect(buildQueryString({ page: Number.NaN })).toBe('');
  });
});
