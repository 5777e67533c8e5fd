import { describe, expect, it } from '@jest/globals';
import { drillDownSearch, parseDashboardParams, teamSearch } from './dashboard-search-params';

describe('parseDashboardParams', () => {
  it('reads months, setting, team and facility', () => {
    const params = new URLSearchParams(
      'from=2026-01&to=2026-03&setting=inpatient&teamId=1b4e28ba-2fa1-11d2-883f-0016d3cca427&facility=NORTH',
    );
    expect(parseDashboardParams(params)).toEqual({
      from: '2026-01',
      to: '2026-03',
      setting: 'inpatient',
      teamId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      facility: 'NORTH',
    });
  });

  it('drops what the API would refuse: a bad month, a backwards range, an unknown setting, a non-id team', () => {
    expect(parseDashboardParams(new URLSearchParams('from=2026-13&to=2026-02&setting=dental&teamId=abc'))).toEqual({
      from: undefined,
      to: '2026-02',
      setting: undefined,
      teamId: undefined,
      facility: undefined,
    });
    expect(parseDashboardParams(new URLSearchParams('from=2026-05&to=2026-01')).from).toBeUndefined();
  });
});

describe('drillDownSearch', () => {
  it('carries the period, setting and facility but not the team', () => {
    expect(drillDownSearch({ from: '2026-01', to: '2026-02', teamId: 'x', facility: 'N' })).toBe(
      '?from=2026-01&to=2026-02&facility=N',
    );
    expect(drillDownSearch({})).toBe('');
  });
});

describe('teamSearch', () => {
  it('keeps the period and sets the team', () => {
    expect(teamSearch({ from: '2026-01', teamId: 'old' }, 'new')).toBe('?from=2026-01&teamId=new');
  });
});
