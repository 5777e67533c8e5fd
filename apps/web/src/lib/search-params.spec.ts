import { describe, expect, it } from '@jest/globals';
import { readBoolean, readOneOf, readPositiveInt, readText, withParams } from './search-params';

const params = (text: string) => new URLSearchParams(text);

describe('readers', () => {
  it('reads a positive integer or falls back', () => {
    expect(readPositiveInt(params('page=3'), 'page', 1)).toBe(3);
    expect(readPositiveInt(params('page=0'), 'page', 1)).toBe(1);
    expect(readPositiveInt(params('page=-2'), 'page', 1)).toBe(1);
    expect(readPositiveInt(params('page=2.5'), 'page', 1)).toBe(1);
    expect(readPositiveInt(params('pageSize=500'), 'pageSize', 50, 200)).toBe(50);
  });

  it('reads trimmed text, allowed values and booleans', () => {
    expect(readText(params('q=%20smith%20'), 'q')).toBe('smith');
    expect(readText(params('q='), 'q')).toBeUndefined();
    expect(readOneOf(params('role=auditor'), 'role', ['admin', 'auditor'] as const)).toBe('auditor');
    expect(readOneOf(params('role=root'), 'role', ['admin', 'auditor'] as const)).toBeUndefined();
    expect(readBoolean(params('active=false'), 'active')).toBe(false);
    expect(readBoolean(params('active=yes'), 'active')).toBeUndefined();
  });
});

describe('withParams', () => {
  it('sets and removes keys without touching the original', () => {
    const original = params('q=smith&page=3');
    const next = withParams(original, { q: null, role: 'coder' });
    expect(next.toString()).toBe('role=coder');
    expect(original.toString()).toBe('q=smith&page=3');
  });

  it('keeps the other filters when only the page changes', () => {
    expect(withParams(params('q=smith&page=3'), { page: 4 }).toString()).toBe('q=smith&page=4');
  });

  it('goes back to page 1 when a filter changes', () => {
    expect(withParams(params('q=smith&page=3'), { q: 'jones' }).toString()).toBe('q=jones');
  });
});
