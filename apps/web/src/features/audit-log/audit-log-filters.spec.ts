import { describe, expect, it } from '@jest/globals';
import {
  checkAuditLogFilters,
  filterValuesOf,
  parseAuditLogQuery,
  type AuditLogFilterValues,
} from './audit-log-filters';

const ACTOR = '6f1c1d2e-8a4b-4c3d-9e8f-0a1b2c3d4e5f';
const empty: AuditLogFilterValues = { action: '', actorId: '', entityType: '', entityId: '', from: '', to: '' };

describe('parseAuditLogQuery', () => {
  it('reads the filters and the page', () => {
    const query = parseAuditLogQuery(new URLSearchParams(`action=auth.login&actorId=${ACTOR}&from=2026-01-01&page=2`));
    expect(query).toEqual({ page: 2, pageSize: 50, action: 'auth.login', actorId: ACTOR, from: '2026-01-01' });
  });

  it('drops values the API would refuse', () => {
    const query = parseAuditLogQuery(new URLSearchParams('actorId=not-a-uuid&from=yesterday'));
    expect(query).toEqual({ page: 1, pageSize: 50 });
  });

  it('round-trips into form values', () => {
    expect(filterValuesOf(parseAuditLogQuery(new URLSearchParams('entityType=user')))).toEqual({
      ...empty,
      entityType: 'user',
    });
  });
});

describe('checkAuditLogFilters', () => {
  it('accepts empty filters and trims text', () => {
    expect(checkAuditLogFilters({ ...empty, entityId: '  42 ' })).toEqual({
      ok: true,
      values: { ...empty, entityId: '42' },
    });
  });

  it('names the field that is wrong', () => {
    const result = checkAuditLogFilters({ ...empty, actorId: 'bob' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.actorId).toBe('Enter a valid ID');
  });

  it('refuses a range that ends before it starts', () => {
    const result = checkAuditLogFilters({ ...empty, from: '2026-03-01', to: '2026-02-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.to).toContain('on or after');
  });
});
