import { describe, expect, it } from '@jest/globals';
import { exportHref } from './download-csv-link';

describe('exportHref', () => {
  it('passes the filters on screen and drops paging keys and empty values', () => {
    expect(
      exportHref('encounters', {
        coderId: undefined,
        setting: 'inpatient',
        flagged: false,
        q: '',
        sort: '-date',
        cursor: 'abc',
        limit: 50,
      }),
    ).toBe('/api/exports/encounters.csv?setting=inpatient&flagged=false&sort=-date');
    expect(exportHref('audit-log', { page: 3, pageSize: 50, action: 'export.encounters' })).toBe(
      '/api/exports/audit-log.csv?action=export.encounters',
    );
    expect(exportHref('dashboard', { from: '2026-01', to: '2026-03', teamId: null, table: 'teams' })).toBe(
      '/api/exports/dashboard.csv?from=2026-01&to=2026-03&table=teams',
    );
    expect(exportHref('rulings', {})).toBe('/api/exports/rulings.csv');
  });
});
