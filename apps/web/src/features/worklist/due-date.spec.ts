import { describe, expect, it } from '@jest/globals';
import type { WorklistItemDto } from '@recode/contracts';
import { dueLabel, localToday, sortWorklist } from './due-date';

describe('dueLabel', () => {
  it('counts calendar days either side of today', () => {
    expect(dueLabel('2026-03-10', '2026-03-12')).toBe('Overdue by 2 days');
    expect(dueLabel('2026-03-11', '2026-03-12')).toBe('Overdue by 1 day');
    expect(dueLabel('2026-03-12', '2026-03-12')).toBe('Due today');
    expect(dueLabel('2026-03-13T00:00:00Z', '2026-03-12')).toBe('Due in 1 day');
    expect(dueLabel(null, '2026-03-12')).toBe('No due date');
  });
});

describe('sortWorklist', () => {
  const item = (id: string, patch: Partial<WorklistItemDto>) =>
    ({ id, auditName: 'A', drawOrder: 1, overdue: false, dueDate: null, ...patch }) as WorklistItemDto;

  it('puts overdue work first, then the earliest due date, undated last', () => {
    const sorted = sortWorklist([
      item('undated', {}),
      item('later', { dueDate: '2026-04-01' }),
      item('overdue', { dueDate: '2026-03-01', overdue: true }),
      item('sooner', { dueDate: '2026-03-20' }),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['overdue', 'sooner', 'later', 'undated']);
  });
});

describe('localToday', () => {
  it('formats the local date', () => {
    expect(localToday(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
  });
});
