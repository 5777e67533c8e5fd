import { describe, expect, it } from '@jest/globals';
import { parseImportListQuery, selectedImportId } from './imports-search-params';

describe('imports search params', () => {
  it('defaults to the first page of 20, any status', () => {
    expect(parseImportListQuery(new URLSearchParams())).toEqual({ page: 1, pageSize: 20, status: undefined });
  });

  it('reads the page and a known status, and drops what the API would refuse', () => {
    expect(parseImportListQuery(new URLSearchParams('page=2&status=failed'))).toEqual({
      page: 2,
      pageSize: 20,
      status: 'failed',
    });
    expect(parseImportListQuery(new URLSearchParams('page=0&pageSize=500&status=broken'))).toEqual({
      page: 1,
      pageSize: 20,
      status: undefined,
    });
  });

  it('reads the selected import only when it is an id', () => {
    const id = '6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f';
    expect(selectedImportId(new URLSearchParams(`import=${id}`))).toBe(id);
    expect(selectedImportId(new URLSearchParams('import=latest'))).toBeUndefined();
  });
});
