import { describe, expect, it } from '@jest/globals';
import type { WorklistItemDto } from '@recode/contracts';
import { nextOpenItem } from './next-record';

const item = (id: string, dueDate: string | null, overdue = false, auditId = 'a1'): WorklistItemDto =>
  ({ id, auditId, dueDate, overdue, auditName: auditId, drawOrder: 1 }) as WorklistItemDto;
const at = (id: string, auditId = 'a1') => ({ id, auditId });

describe('nextOpenItem', () => {
  it('goes to the worklist’s first record other than the one just saved: overdue first, then soonest due', () => {
    const items = [item('later', '2026-02-10'), item('current', '2026-02-01'), item('late', '2026-01-20', true)];
    expect(nextOpenItem(items, at('late'))?.id).toBe('current');
    expect(nextOpenItem(items, at('current'))?.id).toBe('late');
  });

  it('stays in the audit being worked while it has open records, then moves on to the worklist’s first', () => {
    const items = [
      item('other-audit-overdue', '2026-01-01', true, 'a2'),
      item('current', '2026-02-01'),
      item('same-audit', '2026-03-01'),
    ];
    expect(nextOpenItem(items, at('current'))?.id).toBe('same-audit');
    expect(nextOpenItem(items.slice(0, 2), at('current'))?.id).toBe('other-audit-overdue');
  });

  it('has nothing to go to when the saved record was the last', () => {
    expect(nextOpenItem([item('current', null)], at('current'))).toBeNull();
  });
});
