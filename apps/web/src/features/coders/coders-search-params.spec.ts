import { describe, expect, it } from '@jest/globals';
import { parseCoderListQuery } from './coders-search-params';

describe('parseCoderListQuery', () => {
  it('defaults to the first page of 50', () => {
    expect(parseCoderListQuery(new URLSearchParams())).toEqual({
      page: 1,
      pageSize: 50,
      q: undefined,
      teamId: undefined,
    });
  });

  it('reads the search, the team and the page', () => {
    const teamId = '6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f';
    const query = parseCoderListQuery(new URLSearchParams(`q=C1024&teamId=${teamId}&page=3&pageSize=100`));
    expect(query).toEqual({ page: 3, pageSize: 100, q: 'C1024', teamId });
  });

  it('ignores a team that is not an id', () => {
    expect(parseCoderListQuery(new URLSearchParams('teamId=t-1')).teamId).toBeUndefined();
  });
});
