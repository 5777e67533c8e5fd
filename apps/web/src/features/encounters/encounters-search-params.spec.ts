import { describe, expect, it } from '@jest/globals';
import { nextSort, orderingKey, parseEncounterListQuery, withEncounterParams } from './encounters-search-params';

const id = '6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f';

describe('parseEncounterListQuery', () => {
  it('defaults to newest first, 50 a page, no filters', () => {
    const query = parseEncounterListQuery(new URLSearchParams());
    expect(query).toMatchObject({ sort: '-date', limit: 50 });
    expect([
      query.coderId,
      query.teamId,
      query.setting,
      query.from,
      query.to,
      query.flagged,
      query.q,
      query.cursor,
    ]).toEqual(Array(8).fill(undefined));
  });

  it('reads every filter the API takes', () => {
    const params = new URLSearchParams(
      `coderId=${id}&teamId=${id}&setting=ed&from=2025-10-01&to=2025-12-31&flagged=true&q=CLM&sort=externalId&cursor=abc`,
    );
    expect(parseEncounterListQuery(params)).toEqual({
      coderId: id,
      teamId: id,
      setting: 'ed',
      from: '2025-10-01',
      to: '2025-12-31',
      flagged: true,
      q: 'CLM',
      sort: 'externalId',
      cursor: 'abc',
      limit: 50,
    });
  });

  it('drops values the API would refuse instead of failing the page', () => {
    const query = parseEncounterListQuery(
      new URLSearchParams('coderId=C001&setting=icu&from=2025-13-01&flagged=yes&sort=coder'),
    );
    expect(query).toMatchObject({
      coderId: undefined,
      setting: undefined,
      from: undefined,
      flagged: undefined,
      sort: '-date',
    });
  });
});

describe('withEncounterParams', () => {
  it('drops the cursor when a filter or the sort changes, keeps it when paging', () => {
    const params = new URLSearchParams('setting=ed&cursor=abc');
    expect(withEncounterParams(params, { setting: 'inpatient' }).toString()).toBe('setting=inpatient');
    expect(withEncounterParams(params, { sort: 'date' }).get('cursor')).toBeNull();
    expect(withEncounterParams(params, { cursor: 'def' }).toString()).toBe('setting=ed&cursor=def');
  });
});

describe('orderingKey', () => {
  it('is the same for every page of one ordering, different for another filter', () => {
    expect(orderingKey(new URLSearchParams('setting=ed&cursor=a'))).toBe(
      orderingKey(new URLSearchParams('cursor=b&setting=ed')),
    );
    expect(orderingKey(new URLSearchParams('setting=ed'))).not.toBe(
      orderingKey(new URLSearchParams('setting=inpatient')),
    );
  });
});

describe('nextSort', () => {
  it('toggles the clicked column and starts another column in its natural direction', () => {
    expect(nextSort('-date', 'date')).toBe('date');
    expect(nextSort('date', 'date')).toBe('-date');
    expect(nextSort('-date', 'externalId')).toBe('externalId');
    expect(nextSort('externalId', 'externalId')).toBe('-externalId');
  });
});
