import { describe, expect, it } from '@jest/globals';
import { parseUserListQuery } from './users-search-params';

describe('parseUserListQuery', () => {
  it('defaults to every user, first page of 50', () => {
    expect(parseUserListQuery(new URLSearchParams())).toEqual({
      page: 1,
      pageSize: 50,
      q: undefined,
      role: undefined,
      active: undefined,
    });
  });

  it('reads known roles and the active flag', () => {
    const query = parseUserListQuery(new URLSearchParams('role=auditor&active=false&q=ruiz&page=2'));
    expect(query).toEqual({ page: 2, pageSize: 50, q: 'ruiz', role: 'auditor', active: false });
  });

  it('ignores values the API would refuse', () => {
    const query = parseUserListQuery(new URLSearchParams('role=root&active=maybe&pageSize=1000'));
    expect(query.role).toBeUndefined();
    expect(query.active).toBeUndefined();
    expect(query.pageSize).toBe(50);
  });
});
