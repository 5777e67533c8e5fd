import { ENCOUNTER_SETTINGS, ENCOUNTER_SORTS, type EncounterListQuery } from '@recode/contracts';
import { z } from 'zod';
import { readBoolean, readOneOf, readText, withParams, type ParamPatch } from '../../lib/search-params';

export const ENCOUNTERS_PAGE_SIZE = 50;

const uuid = (value: string | undefined): string | undefined => z.uuid().safeParse(value).data;
const isoDate = (value: string | undefined): string | undefined => z.iso.date().safeParse(value).data;

/** The list's filters, sort and cursor in the URL; anything the API would refuse is left out. */
export function parseEncounterListQuery(params: URLSearchParams): EncounterListQuery {
  const q = readText(params, 'q');
  const cursor = readText(params, 'cursor');
  return {
    coderId: uuid(readText(params, 'coderId')),
    teamId: uuid(readText(params, 'teamId')),
    setting: readOneOf(params, 'setting', ENCOUNTER_SETTINGS),
    from: isoDate(readText(params, 'from')),
    to: isoDate(readText(params, 'to')),
    flagged: readBoolean(params, 'flagged'),
    q: q && q.length <= 64 ? q : undefined,
    sort: readOneOf(params, 'sort', ENCOUNTER_SORTS) ?? '-date',
    cursor: cursor && cursor.length <= 400 ? cursor : undefined,
    limit: ENCOUNTERS_PAGE_SIZE,
  };
}

export function hasEncounterFilters(query: EncounterListQuery): boolean {
  return Boolean(
    query.coderId || query.teamId || query.setting || query.from || query.to || query.flagged !== undefined || query.q,
  );
}

/**
 * A filter or sort change: like withParams, and it also drops the cursor, which points into the
 * old ordering and would skip or repeat rows of the new one.
 */
export function withEncounterParams(params: URLSearchParams, patch: ParamPatch): URLSearchParams {
  const next = withParams(params, patch);
  if (!('cursor' in patch)) next.delete('cursor');
  return next;
}

/** What identifies one ordering of the list: everything but the cursor. Pages of the same ordering share it. */
export function orderingKey(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  copy.delete('cursor');
  copy.sort();
  return copy.toString();
}

/** Clicking a column: first its natural direction (newest dates, ids A→Z), then the other way. */
export function nextSort(
  current: EncounterListQuery['sort'],
  column: 'date' | 'externalId',
): EncounterListQuery['sort'] {
  if (column === 'date') return current === '-date' ? 'date' : '-date';
  return current === 'externalId' ? '-externalId' : 'externalId';
}
