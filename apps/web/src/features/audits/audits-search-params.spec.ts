import { describe, expect, it } from '@jest/globals';
import { parseAuditListParams } from './audits-search-params';

describe('parseAuditListParams', () => {
  it('reads the status and page, ignoring an unknown status', () => {
    expect(parseAuditListParams(new URLSearchParams('status=in_review&page=2'))).toEqual({
      page: 2,
      pageSize: 50,
      status: 'in_review',
    });
    expect(parseAuditListParams(new URLSearchParams('status=open')).status).toBeUndefined();
  });
});
