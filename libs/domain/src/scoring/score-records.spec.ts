import { clusterRatioInterval } from '../statistics';
import { countCodesReviewed } from './code-lines';
import { perRecordCodeStats, scoreRecords, scoreRecordsByCoder } from './score-records';
import { DEFAULT_SCORING_SETTINGS, SCORING_METHOD_VERSION } from './scoring-settings';
import type { AuditCodeLine, ScoredFinding, ScoredRecord } from './types';

const codes = (...list: [AuditCodeLine['system'], string][]) => list.map(([system, code]) => ({ system, code }));
const finding = (extra: Partial<ScoredFinding> & Pick<ScoredFinding, 'type' | 'category'>): ScoredFinding => ({
  principal: false,
  rootCause: 'coder',
  status: 'agreed',
  direction: 'neutral',
  ...extra,
});

// Worked by hand. Four records of coder "c1":
//   R1 inpatient  coder J189(P) E119 I10 | auditor J690(P) E119 I10 → union {J189, J690, E119, I10} = 4 codes
//                 revised PDx (coder, agreed): weight 2; DRG 195 → 179, Δweight +0.2500 × 6000 = +1500 (underpaid)
//   R2 outpatient coder R079(P) 99283    | auditor R079(P) I10 99283 → union {R079, I10, 99283} = 3 codes
//                 missed secondary I10 (coder, upheld): weight 1
//   R3 profee     coder M545(P) 99214    | auditor M545(P) 99213     → union {M545, 99214, 99213} = 3 codes
//                 E/M level (documentation): not counted; a modifier finding withdrawn: not counted
//   R4 inpatient  coder = auditor K3580(P) 0DTJ4ZZ(P)                 → 2 codes, no findings
// codes reviewed = 4 + 3 + 3 + 2 = 12; weighted errors = 2 + 1 = 3 (the DRG change adds no code weight)
// code accuracy   = 1 − 3/12 = 9/12 = 0.75
// record accuracy = records without a coder error / records = 2/4 = 0.5   (R1 and R2 have one)
// DRG accuracy    = inpatient records whose DRG held / inpatient records = 1/2 (R4 held, R1 changed)
const R1: ScoredRecord = {
  recordId: 'R1',
  coderId: 'c1',
  setting: 'inpatient',
  inpatient: true,
  codesReviewed: countCodesReviewed(
    codes(['ICD10CM', 'J189'], ['ICD10CM', 'E119'], ['ICD10CM', 'I10']),
    codes(['ICD10CM', 'J690'], ['ICD10CM', 'E119'], ['ICD10CM', 'I10']),
  ),
  findings: [
    finding({ type: 'revised', category: 'principal_dx', principal: true, direction: 'under' }),
    finding({ type: 'drg_changed', category: 'drg', direction: 'under', weightDelta: 0.25, paymentDelta: 1500 }),
  ],
};
const R2: ScoredRecord = {
  recordId: 'R2',
  coderId: 'c1',
  setting: 'outpatient',
  inpatient: false,
  codesReviewed: countCodesReviewed(
    codes(['ICD10CM', 'R079'], ['CPT', '99283']),
    codes(['ICD10CM', 'R079'], ['ICD10CM', 'I10'], ['CPT', '99283']),
  ),
  findings: [finding({ type: 'added', category: 'secondary_dx', status: 'upheld', direction: 'under' })],
};
const R3: ScoredRecord = {
  recordId: 'R3',
  coderId: 'c1',
  setting: 'profee',
  inpatient: false,
  codesReviewed: countCodesReviewed(
    codes(['ICD10CM', 'M545'], ['CPT', '99214']),
    codes(['ICD10CM', 'M545'], ['CPT', '99213']),
  ),
  findings: [
    finding({
      type: 'em_level_changed',
      category: 'em_level',
      principal: true,
      rootCause: 'documentation',
      direction: 'over',
    }),
    finding({ type: 'modifier_changed', category: 'modifier', status: 'withdrawn' }),
  ],
};
const R4: ScoredRecord = {
  recordId: 'R4',
  coderId: 'c1',
  setting: 'inpatient',
  inpatient: true,
  codesReviewed: 2,
  findings: [],
};
const audit = [R1, R2, R3, R4];

describe('scoreRecords', () => {
  it('scores the worked example', () => {
    expect([R1.codesReviewed, R2.codesReviewed, R3.codesReviewed]).toEqual([4, 3, 3]);
    const score = scoreRecords(audit);
    expect(score).toMatchObject({
      codesReviewed: 12,
      recordsReviewed: 4,
      inpatientRecordsReviewed: 2,
      weightedErrors: 3,
      recordsWithError: 2,
    });
    expect(score.codeAccuracy).toBeCloseTo(9 / 12, 12);
    expect(score.recordAccuracy).toBe(2 / 4);
    expect(score.drgAccuracy).toBe(1 / 2);
    expect(score.nonCoderFindings).toEqual({ documentation: 1, system: 0, guideline_ambiguity: 0 });
    expect(score.underpayment).toEqual({ amount: 1500, weight: 0.25, count: 1 });
    expect(score.overpayment).toEqual({ amount: 0, weight: 0, count: 0 });
    expect(score).toMatchObject({
      preliminary: false,
      methodVersion: SCORING_METHOD_VERSION,
      settings: { principalWeight: 2, otherWeight: 1 },
    });
  });

  it('gives error rates per category for the Pareto: per code, and per inpatient record for DRG', () => {
    const { ratesByCategory } = scoreRecords(audit);
    expect(ratesByCategory.principal_dx).toEqual({ errors: 1, weightedErrors: 2, rate: 1 / 12, per: 'code' });
    expect(ratesByCategory.secondary_dx).toEqual({ errors: 1, weightedErrors: 1, rate: 1 / 12, per: 'code' });
    expect(ratesByCategory.drg).toEqual({ errors: 1, weightedErrors: 0, rate: 1 / 2, per: 'inpatient_record' });
    expect(ratesByCategory.em_level.errors).toBe(0); // documentation-caused
    expect(ratesByCategory.modifier.errors).toBe(0); // withdrawn
  });

  it('takes weights from the settings and stores them: principal weight 3 → 1 − 4/12 = 2/3', () => {
    const score = scoreRecords(audit, { principalWeight: 3, otherWeight: 1 });
    expect(score.weightedErrors).toBe(4);
    expect(score.codeAccuracy).toBeCloseTo(2 / 3, 12);
    expect(score.settings).toEqual({ principalWeight: 3, otherWeight: 1 });
  });

  it('is preliminary while a finding is disputed, whatever its root cause, and settles without changing the numbers', () => {
    const disputed = { ...R3, findings: [{ ...R3.findings[0], status: 'disputed' as const }] };
    const score = scoreRecords([R1, R2, disputed, R4]);
    expect(score.preliminary).toBe(true);
    expect(score.codeAccuracy).toBeCloseTo(0.75, 12);
  });

  it('drops an overturned finding from every count', () => {
    const overturned = { ...R2, findings: [{ ...R2.findings[0], status: 'overturned' as const }] };
    const score = scoreRecords([R1, overturned, R3, R4]);
    expect(score.weightedErrors).toBe(2); // 1 − 2/12 = 5/6
    expect(score.codeAccuracy).toBeCloseTo(5 / 6, 12);
    expect(score.recordAccuracy).toBe(3 / 4);
  });

  it('keeps overpayment and underpayment apart, from the sign of the delta, whatever the root cause', () => {
    const over = finding({
      type: 'drg_changed',
      category: 'drg',
      rootCause: 'documentation',
      paymentDelta: -2400.5,
      weightDelta: -0.4001,
    });
    const under = finding({ type: 'drg_changed', category: 'drg', paymentDelta: 1000.25, weightDelta: 0.1667 });
    const records = [
      { ...R4, recordId: 'A', findings: [over] },
      { ...R4, recordId: 'B', findings: [under] },
      { ...R4, recordId: 'C', drgChanged: true, findings: [{ ...over, paymentDelta: -99.5, weightDelta: -0.0166 }] },
    ];
    const score = scoreRecords(records);
    expect(score.overpayment).toEqual({ amount: 2500, weight: 0.4167, count: 2 });
    expect(score.underpayment).toEqual({ amount: 1000.25, weight: 0.1667, count: 1 });
    expect(score.drgAccuracy).toBe(0); // every DRG moved, whoever caused it
  });

  it('floors code accuracy at 0 and returns null rates with nothing reviewed', () => {
    const heavy = {
      ...R4,
      codesReviewed: 1,
      findings: [finding({ type: 'revised', category: 'principal_dx', principal: true })],
    };
    expect(scoreRecords([heavy]).codeAccuracy).toBe(0);
    expect(scoreRecords([])).toMatchObject({
      codeAccuracy: null,
      recordAccuracy: null,
      drgAccuracy: null,
      preliminary: false,
    });
    expect(() => scoreRecords([], { principalWeight: -1, otherWeight: 1 })).toThrow(RangeError);
  });

  it('scores each coder apart, in coder order', () => {
    const other: ScoredRecord = { ...R2, recordId: 'R9', coderId: 'a7' };
    const byCoder = scoreRecordsByCoder([...audit, other]);
    expect(byCoder.map((entry) => [entry.coderId, entry.score.recordsReviewed])).toEqual([
      ['a7', 1],
      ['c1', 4],
    ]);
  });
});

describe('perRecordCodeStats', () => {
  it('gives the clusters for a record-level interval on code accuracy', () => {
    const stats = perRecordCodeStats(audit);
    expect(stats).toEqual([
      { recordId: 'R1', codes: 4, weightedErrors: 2 },
      { recordId: 'R2', codes: 3, weightedErrors: 1 },
      { recordId: 'R3', codes: 3, weightedErrors: 0 },
      { recordId: 'R4', codes: 2, weightedErrors: 0 },
    ]);
    // r = 3/12 = 0.25, ū = 3; residuals 2−1, 1−0.75, 0−0.75, 0−0.5 → squares 1 + 0.0625 + 0.5625 + 0.25 = 1.875
    // v = 1.875 / (4·3·3²) = 0.0173611, se = 0.131762; 0.75 − 1.959964·0.131762 = 0.75 − 0.258248 = 0.491752 (upper clamps to 1)
    const interval = clusterRatioInterval(stats.map((s) => ({ units: s.codes, errors: s.weightedErrors })))!;
    expect(interval.standardError).toBeCloseTo(0.131762, 6);
    expect(interval.lower).toBeCloseTo(0.491752, 6);
    expect(interval.upper).toBe(1);
  });

  it('uses the default weights unless told', () => {
    expect(perRecordCodeStats([R1], { ...DEFAULT_SCORING_SETTINGS, principalWeight: 1 })[0].weightedErrors).toBe(1);
  });
});
