import { describe, expect, it } from '@jest/globals';
import type { AuditProgressDto } from '@recode/contracts';
import { nextLifecycleAction, progressShare } from './audit-status';

const progress = (patch: Partial<AuditProgressDto> = {}): AuditProgressDto => ({
  total: 10,
  assigned: 0,
  inProgress: 0,
  reviewed: 10,
  unreviewable: 0,
  sparesLeft: 2,
  ...patch,
});

describe('nextLifecycleAction', () => {
  it('offers release once every record is reviewed or set aside', () => {
    expect(nextLifecycleAction('in_review', progress({ reviewed: 9, unreviewable: 1 }), 'supervisor')).toEqual({
      to: 'released',
      label: 'Release to coders',
      blockedBy: null,
    });
  });

  it('says how many records block the release', () => {
    expect(nextLifecycleAction('in_review', progress({ reviewed: 7, assigned: 3 }), 'admin')?.blockedBy).toBe(
      '3 record(s) still to review',
    );
  });

  it('lets an auditor release a finished audit, and nothing else', () => {
    expect(nextLifecycleAction('in_review', progress(), 'auditor')).toEqual({
      to: 'released',
      label: 'Release to coders',
      blockedBy: null,
    });
    expect(nextLifecycleAction('in_review', progress({ reviewed: 8, inProgress: 2 }), 'auditor')?.blockedBy).toBe(
      '2 record(s) still to review',
    );
    expect(nextLifecycleAction('draft', progress(), 'auditor')).toBeNull();
    expect(nextLifecycleAction('released', progress(), 'auditor')).toBeNull();
  });

  it('offers nothing to coders, and nothing once final', () => {
    expect(nextLifecycleAction('in_review', progress(), 'coder')).toBeNull();
    expect(nextLifecycleAction('final', progress(), 'supervisor')).toBeNull();
  });
});

describe('progressShare', () => {
  it('counts reviewed and unreviewable records as done', () => {
    expect(progressShare(progress({ reviewed: 4, unreviewable: 1 }))).toBe(0.5);
    expect(progressShare(progress({ total: 0 }))).toBe(0);
  });
});
