import { DASHBOARD_BASES, ENCOUNTER_SETTINGS, type DashboardQuery } from '@recode/contracts';
import { readOneOf, readText } from '../../lib/search-params';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Dashboard filters from the URL; anything malformed is dropped so a stale link still opens. */
export function parseDashboardParams(params: URLSearchParams): DashboardQuery {
  const month = (key: string) => {
    const value = readText(params, key);
    return value && MONTH.test(value) ? value : undefined;
  };
  const teamId = readText(params, 'teamId');
  let from = month('from');
  const to = month('to');
  if (from && to && from > to) from = undefined;
  return {
    from,
    to,
    setting: readOneOf(params, 'setting', ENCOUNTER_SETTINGS),
    teamId: teamId && UUID.test(teamId) ? teamId : undefined,
    facility: readText(params, 'facility')?.slice(0, 64),
    basis: readOneOf(params, 'basis', DASHBOARD_BASES),
  };
}

/** The filters a coder drill-down link carries over (the team is implied by the coder). */
export function drillDownSearch(query: DashboardQuery): string {
  const next = new URLSearchParams();
  for (const key of ['from', 'to', 'setting', 'facility', 'basis'] as const) {
    const value = query[key];
    if (value) next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** The dashboard narrowed to one team, keeping the other filters: the team level of the drill-down. */
export function teamSearch(query: DashboardQuery, teamId: string): string {
  const next = new URLSearchParams(drillDownSearch(query));
  next.set('teamId', teamId);
  return `?${next.toString()}`;
}
