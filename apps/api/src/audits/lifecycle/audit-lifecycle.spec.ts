import { AppError } from '../../common/errors';
import { addBusinessDays, assertTransition, canTransition } from './audit-lifecycle';

describe('audit lifecycle', () => {
  it('allows exactly the forward path and the failed-sampling return', () => {
    expect(canTransition('draft', 'sampling')).toBe(true);
    expect(canTransition('sampling', 'in_review')).toBe(true);
    expect(canTransition('sampling', 'draft')).toBe(true);
    expect(canTransition('in_review', 'released')).toBe(true);
    expect(canTransition('released', 'final')).toBe(true);
    expect(canTransition('draft', 'released')).toBe(false);
    expect(canTransition('in_review', 'final')).toBe(false);
    expect(canTransition('final', 'released')).toBe(false);
  });

  it('explains an illegal move with a 409 and the allowed next states', () => {
    try {
      assertTransition('in_review', 'final');
      throw new Error('expected a throw');
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect([e.status, e.code]).toEqual([409, 'AUDIT_ILLEGAL_TRANSITION']);
      expect(e.message).toBe('An audit cannot move from in_review to final; from in_review it can move to released');
    }
  });

  it('counts business days, skipping weekends: Friday + 5 = next Friday', () => {
    expect(addBusinessDays(new Date('2026-03-06T10:00:00Z'), 5).toISOString()).toBe('2026-03-13T10:00:00.000Z');
    expect(addBusinessDays(new Date('2026-03-07T10:00:00Z'), 1).toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });
});
