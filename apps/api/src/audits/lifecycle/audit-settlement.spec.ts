import { settlementOf, settlesByItself, type SettlementCounts } from './audit-settlement';

const quiet: SettlementCounts = { open: 0, unsettled: 0, awaitingEscalation: 0, windowPassed: true };

describe('the settled rule', () => {
  it('is settled when nothing can move any more', () => {
    expect(settlementOf(quiet)).toBe('settled');
    expect(settlesByItself(quiet)).toBe(true);
  });

  it('is blocked by disputed or escalated findings before anything else', () => {
    expect(settlementOf({ ...quiet, unsettled: 1, open: 2, windowPassed: false })).toBe('disputes_open');
  });

  it('lets open findings block only while the rebuttal window is open', () => {
    expect(settlementOf({ ...quiet, open: 1, windowPassed: false })).toBe('rebuttal_window_open');
    expect(settlementOf({ ...quiet, open: 1 })).toBe('settled');
    // Open findings are taken as agreed by the lapse job or a supervisor, never by the automatic move.
    expect(settlesByItself({ ...quiet, open: 1 })).toBe(false);
  });

  it('waits for an upheld answer that may still be escalated', () => {
    expect(settlementOf({ ...quiet, awaitingEscalation: 1 })).toBe('escalation_window_open');
    expect(settlesByItself({ ...quiet, awaitingEscalation: 1 })).toBe(false);
  });

  it('never settles by itself before the rebuttal window has passed', () => {
    expect(settlementOf({ ...quiet, windowPassed: false })).toBe('settled');
    expect(settlesByItself({ ...quiet, windowPassed: false })).toBe(false);
  });
});
