import { describe, expect, it } from '@jest/globals';
import type { WorklistItemDto } from '@recode/contracts';
import { nextOpenItem } from './next-record';

const item = (id: string, dueDate: string | null, overdue = false): WorklistItemDto =>
  ({ id, dueDate, overdue, auditName: 'A', drawOrder: 1 }) as WorklistItemDto;

describe('nextOpenItem', () => {
  it('goes to the worklist’s first record other than the one just saved: overdue first, then soonest due', () => {
    const items = [item('later', '2026-02-10'), item('current', '2026-02-01'), item('late', '2026-01-20', true)];
    expect(nextOpenItem(items, 'late')?.id).toBe('current');
    expect(nextOpenItem(items, 'current')?.id).toBe('late');
  });

  it('has nothing to go to when the saved record was the last', () => {
    expect(nextOpenItem([item('current', null)], 'current')).toBeNull();
  });
});
