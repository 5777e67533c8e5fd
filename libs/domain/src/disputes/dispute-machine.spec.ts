import {
  availableDisputeActions,
  decideDisputeStep,
  type DisputeActor,
  type DisputeStepInput,
} from './dispute-machine';

const nobody: DisputeActor = { isSystem: false, isFindingCoder: false, isFindingAuditor: false, mayRule: false };
const coder: DisputeActor = { ...nobody, isFindingCoder: true };
const auditor: DisputeActor = { ...nobody, isFindingAuditor: true };
const supervisor: DisputeActor = { ...nobody, mayRule: true };
const system: DisputeActor = { ...nobody, isSystem: true };
const now = new Date('2026-03-10T12:00:00Z');
const tomorrow = new Date('2026-03-11T12:00:00Z');
const yesterday = new Date('2026-03-09T12:00:00Z');

const step = (over: Partial<DisputeStepInput>): ReturnType<typeof decideDisputeStep> =>
  decideDisputeStep({
    status: 'open',
    action: 'agree',
    actor: coder,
    rationale: null,
    escalatedBefore: false,
    now,
    coderDeadline: tomorrow,
    ...over,
  });
const to = (over: Partial<DisputeStepInput>): string => {
  const d = step(over);
  return d.ok ? d.move.to : `refused:${d.refusal}`;
};

describe('decideDisputeStep: the legal path', () => {
  it('lets the coder agree (no reason needed) or dispute with a reason before the deadline', () => {
    expect(to({ action: 'agree' })).toBe('agreed');
    expect(to({ action: 'dispute', rationale: 'E11.22 needs a documented link' })).toBe('disputed');
  });

  it('lets the finding’s auditor withdraw or uphold a dispute with a rationale', () => {
    expect(
      to({ status: 'disputed', action: 'withdraw', actor: auditor, rationale: 'Agreed, documentation unclear' }),
    ).toBe('withdrawn');
    expect(
      to({ status: 'disputed', action: 'uphold', actor: auditor, rationale: 'Guideline I.A.15 presumes the link' }),
    ).toBe('upheld');
  });

  it('lets the coder escalate an upheld finding once, and an independent reviewer rule', () => {
    expect(to({ status: 'upheld', action: 'escalate', rationale: 'Please ask a second reviewer' })).toBe('escalated');
    expect(
      to({ status: 'escalated', action: 'overturn', actor: supervisor, rationale: 'Provider documented no link' }),
    ).toBe('overturned');
    expect(
      to({
        status: 'escalated',
        action: 'uphold',
        actor: supervisor,
        rationale: 'The link is presumed',
        escalatedBefore: true,
      }),
    ).toBe('upheld');
  });

  it('turns an open finding into agreed when the job finds the deadline passed', () => {
    expect(to({ action: 'lapse', actor: system, coderDeadline: yesterday })).toBe('agreed');
  });
});

describe('decideDisputeStep: refusals', () => {
  it('refuses moves the state does not allow, listing what is allowed from there', () => {
    const d = step({ status: 'open', action: 'escalate', rationale: 'x' });
    expect(d).toEqual({ ok: false, refusal: 'ILLEGAL_MOVE', allowed: ['agree', 'dispute', 'lapse'] });
    expect(to({ status: 'agreed', action: 'dispute', rationale: 'changed my mind' })).toBe('refused:ILLEGAL_MOVE');
    expect(to({ status: 'withdrawn', action: 'uphold', actor: auditor, rationale: 'x' })).toBe('refused:ILLEGAL_MOVE');
    expect(to({ status: 'overturned', action: 'escalate', rationale: 'x', escalatedBefore: true })).toBe(
      'refused:ALREADY_ESCALATED',
    );
  });

  it('refuses a second escalation, whether the ruling came back upheld or it is still pending', () => {
    expect(to({ status: 'upheld', action: 'escalate', rationale: 'again', escalatedBefore: true })).toBe(
      'refused:ALREADY_ESCALATED',
    );
    expect(to({ status: 'escalated', action: 'escalate', rationale: 'again', escalatedBefore: true })).toBe(
      'refused:ALREADY_ESCALATED',
    );
  });

  it('refuses a ruling by the finding’s own auditor even when they could otherwise rule', () => {
    expect(to({ status: 'escalated', action: 'overturn', actor: auditor, rationale: 'x' })).toBe(
      'refused:RULER_IS_AUDITOR',
    );
    expect(
      to({ status: 'escalated', action: 'uphold', actor: { ...supervisor, isFindingAuditor: true }, rationale: 'x' }),
    ).toBe('refused:RULER_IS_AUDITOR');
  });

  it('refuses a move by the wrong party', () => {
    expect(to({ status: 'disputed', action: 'withdraw', actor: coder, rationale: 'x' })).toBe('refused:NOT_YOUR_MOVE');
    expect(to({ status: 'open', action: 'agree', actor: auditor })).toBe('refused:NOT_YOUR_MOVE');
    expect(to({ status: 'open', action: 'agree', actor: supervisor })).toBe('refused:NOT_YOUR_MOVE');
    expect(to({ status: 'escalated', action: 'overturn', actor: coder, rationale: 'x' })).toBe('refused:NOT_YOUR_MOVE');
    expect(to({ status: 'open', action: 'lapse', actor: coder, coderDeadline: yesterday })).toBe(
      'refused:NOT_YOUR_MOVE',
    );
    expect(to({ status: 'open', action: 'agree', actor: system })).toBe('refused:NOT_YOUR_MOVE');
  });

  it('refuses the coder after the deadline, and the lapse before it', () => {
    expect(to({ action: 'agree', coderDeadline: yesterday })).toBe('refused:DEADLINE_PASSED');
    expect(to({ action: 'dispute', rationale: 'late', coderDeadline: yesterday })).toBe('refused:DEADLINE_PASSED');
    expect(to({ status: 'upheld', action: 'escalate', rationale: 'late', coderDeadline: yesterday })).toBe(
      'refused:DEADLINE_PASSED',
    );
    expect(to({ action: 'lapse', actor: system, coderDeadline: tomorrow })).toBe('refused:DEADLINE_NOT_REACHED');
    // The auditor and reviewer are not bound by the coder's deadline.
    expect(to({ status: 'disputed', action: 'uphold', actor: auditor, rationale: 'x', coderDeadline: yesterday })).toBe(
      'upheld',
    );
  });

  it('refuses an empty or blank rationale where one is required', () => {
    expect(to({ action: 'dispute', rationale: '   ' })).toBe('refused:RATIONALE_REQUIRED');
    expect(to({ status: 'disputed', action: 'uphold', actor: auditor, rationale: null })).toBe(
      'refused:RATIONALE_REQUIRED',
    );
    expect(to({ status: 'escalated', action: 'overturn', actor: supervisor, rationale: '' })).toBe(
      'refused:RATIONALE_REQUIRED',
    );
  });
});

describe('availableDisputeActions', () => {
  it('offers each party only its own next moves', () => {
    const base = { now, coderDeadline: tomorrow, escalatedBefore: false };
    expect(availableDisputeActions({ ...base, status: 'open', actor: coder })).toEqual(['agree', 'dispute']);
    expect(availableDisputeActions({ ...base, status: 'open', actor: auditor })).toEqual([]);
    expect(availableDisputeActions({ ...base, status: 'disputed', actor: auditor })).toEqual(['withdraw', 'uphold']);
    expect(availableDisputeActions({ ...base, status: 'upheld', actor: coder })).toEqual(['escalate', 'accept']);
    expect(availableDisputeActions({ ...base, status: 'upheld', actor: coder, escalatedBefore: true })).toEqual([]);
    expect(availableDisputeActions({ ...base, status: 'escalated', actor: supervisor })).toEqual([
      'uphold',
      'overturn',
    ]);
    expect(availableDisputeActions({ ...base, status: 'escalated', actor: auditor })).toEqual([]);
    expect(availableDisputeActions({ ...base, status: 'open', actor: coder, coderDeadline: yesterday })).toEqual([]);
  });
});
