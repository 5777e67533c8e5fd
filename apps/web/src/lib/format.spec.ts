import { describe, expect, it } from '@jest/globals';
import { formatCount, formatDate, formatDateTime, formatRole, shortId } from './format';

describe('formatRole', () => {
  it('names each role in words', () => {
    expect(formatRole('admin')).toBe('Administrator');
    expect(formatRole('coder')).toBe('Coder');
  });
});

describe('formatDateTime', () => {
  it('shows date and 24-hour time in the given zone', () => {
    expect(formatDateTime('2026-03-12T14:05:00Z', 'UTC')).toBe('Mar 12, 2026, 14:05');
    expect(formatDateTime('2026-03-12T14:05:00Z', 'America/New_York')).toBe('Mar 12, 2026, 10:05');
  });

  it('shows a dash for nothing and the raw text for garbage', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('formatDate', () => {
  it('keeps the calendar day whatever the zone', () => {
    expect(formatDate('2025-10-01')).toBe('Oct 1, 2025');
    expect(formatDate(undefined)).toBe('—');
  });
});

describe('formatCount and shortId', () => {
  it('groups thousands', () => {
    expect(formatCount(12345)).toBe('12,345');
  });

  it('shortens long ids only', () => {
    expect(shortId('3f1c9a2e-1111-2222-3333-444455556666')).toBe('3f1c9a2e…');
    expect(shortId('abc')).toBe('abc');
    expect(shortId(null)).toBe('—');
  });
});
