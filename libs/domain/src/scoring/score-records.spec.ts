import { clusterRatioInterval } from '../statistics';
import { countCodesReviewed, countPrincipalCodes } from './code-lines';
import { codeClusters, perRecordCodeStats, scoreRecords, scoreRecordsByCoder } from './score-records';
import { DEFAULT_SCORING_SETTINGS, SCORING_METHOD_VERSION } from './scoring-settings';
import type { AuditCodeLine, ScoredFinding, ScoredRecord } from './types';

// [system, code] or [system, code, 'P'] for the principal / first-listed line.
const codes = (...list: [AuditCodeLine['system'], string, 'P'?][]) =>
  list.map(([system, code, p]) => ({ system, code, principal: p === 'P' }));
/** codesReviewed and principalCodes of a record from both sides' lines, as the review writer stores them. */
const counted = (coder: ReturnType<typeof codes>, auditor: ReturnType<typeof codes>) => ({
  codesReviewed: countCodesReviewed(coder, auditor),
  principalCodes: countPrincipalCodes(coder, auditor),
});
const finding = (extra: Partial<ScoredFinding> & Pick<ScoredFinding, 'type' | 'category'>): ScoredFinding => ({
  principal: false,
  rootCause: 'coder',
  status: 'agreed',
  direction: 'neutral',
  ...extra,
});

// Worked by hand. Four records of coder "c1":
// Each code reviewed weighs what an error on it would: 2 on a principal / first-listed line (either side), else 1.
//   R1 inpatient  coder J189(P) E119 I10 | auditor J690(P) E119 I10 → union {J189, J690, E119, I10} = 4 codes,
//                 2 of them principal → weighted codes 2·2 + 2·1 = 6
//                 revised PDx (coder, agreed): weight 2; DRG 195 → 179, Δweight +0.2500 × 6000 = +1500 (underpaid)
//   R2 outpatient coder R079(P) 99283    | auditor R079(P) I10 99283 → union {R079, I10, 99283} = 3 codes, 1 principal → 4
//                 missed secondary I10 (coder, upheld): weight 1
//   R3 profee     coder M545(P) 99214    | auditor M545(P) 99213     → union {M545, 99214, 99213} = 3 codes, 1 principal → 4
//                 E/M level (documentation): not counted; a modifier finding withdrawn: not counted
//   R4 inpatient  coder = auditor K3580(P) 0DTJ4ZZ(P)                 → 2 codes, both principal → 4, no findings
// codes reviewed = 4 + 3 + 3 + 2 = 12; weighted codes = 6 + 4 + 4 + 4 = 18
// weighted errors = 2 + 1 = 3 (the DRG change adds no code weight)
// code accuracy   = 1 − 3/18 = 15/18 = 5/6
// record accuracy = records without a coder error / records = 2/4 = 0.5   (R1 and R2 have one)
// DRG accuracy    = inpatient records whose DRG held / inpatient records = 1/2 (R4 held, R1 changed)
const R1: ScoredRecord = {
  recordId: 'R1',
  coderId: 'c1',
  setting: 'inpatient',
  inpatient: true,
  ...counted(
    codes(['ICD10CM', 'J189', 'P'], ['ICD10CM', 'E119'], ['ICD10CM', 'I10']),
    codes(['ICD10CM', 'J690', 'P'], ['ICD10CM', 'E119'], ['ICD10CM', 'I10']),
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
  ...counted(
    codes(['ICD10CM', 'R079', 'P'], ['CPT', '99283']),
    codes(['ICD10CM', 'R079', 'P'], ['ICD10CM', 'I10'], ['CPT', '99283']),
  ),
  findings: [finding({ type: 'added', category: 'secondary_dx', status: 'upheld', direction: 'under' })],
};
const R3: ScoredRecord = {
  recordId: 'R3',
  coderId: 'c1',
  setting: 'profee',
  inpatient: false,
  ...counted(codes(['ICD10CM', 'M545', 'P'], ['CPT', '99214']), codes(['ICD10CM', 'M545', 'P'], ['CPT', '99213'])),
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
  ...counted(
    codes(['ICD10CM', 'K3580', 'P'], ['ICD10PCS', '0DTJ4ZZ', 'P']),
    codes(['ICD10CM', 'K3580', 'P'], ['ICD10PCS', '0DTJ4ZZ', 'P']),
  ),
  findings: [],
};
const audit = [R1, R2, R3, R4];

describe('scoreRecords', () => {
  it('scores the worked example', () => {
    expect(audit.map((r) => [r.codesReviewed, r.principalCodes])).toEqual([
      [4, 2],
      [3, 1],
      [3, 1],
      [2, 2],
    ]);
    const score = scoreRecords(audit);
    expect(score).toMatchObject({
      codesReviewed: 12,
      weightedCodes: 18,
      recordsReviewed: 4,
      inpatientRecordsReviewed: 2,
      weightedErrors: 3,
      recordsWithError: 2,
    });
    expect(score.codeAccuracy).toBeCloseTo(5 / 6, 12);
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

  it('takes weights from the settings and stores them: principal weight 3 → 1 − 4/24', () => {
    // weighted codes R1 2·3 + 2 = 8, R2 3 + 2 = 5, R3 5, R4 2·3 = 6 → 24; errors 3 + 1 = 4
    const score = scoreRecords(audit, { principalWeight: 3, otherWeight: 1 });
    expect(score.weightedErrors).toBe(4);
    expect(score.weightedCodes).toBe(24);
    expect(score.codeAccuracy).toBeCloseTo(1 - 4 / 24, 12);
    expect(score.settings).toEqual({ principalWeight: 3, otherWeight: 1 });
  });

  it('is preliminary while a finding is disputed, whatever its root cause, and settles without changing the numbers', () => {
    const disputed = { ...R3, findings: [{ ...R3.findings[0], status: 'disputed' as const }] };
    const score = scoreRecords([R1, R2, disputed, R4]);
    expect(score.preliminary).toBe(true);
    expect(score.codeAccuracy).toBeCloseTo(5 / 6, 12);
  });

  it('drops an overturned finding from every count', () => {
    const overturned = { ...R2, findings: [{ ...R2.findings[0], status: 'overturned' as const }] };
    const score = scoreRecords([R1, overturned, R3, R4]);
    expect(score.weightedErrors).toBe(2); // 1 − 2/18 = 8/9
    expect(score.codeAccuracy).toBeCloseTo(8 / 9, 12);
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
      principalCodes: 0,
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

  it('keeps the credit of a right CPT line when the only error is a missed first-listed diagnosis', () => {
    // Pro-fee: coder 99213 alone | auditor J069(P) 99213 → 2 codes, 1 principal → weighted codes 2 + 1 = 3.
    // The added first-listed diagnosis weighs 2: 1 − 2/3. Unweighted codes gave 1 − 2/2 = 0 for a record half right.
    const profee: ScoredRecord = {
      recordId: 'P1',
      coderId: 'c1',
      setting: 'profee',
      inpatient: false,
      ...counted(codes(['CPT', '99213']), codes(['ICD10CM', 'J069', 'P'], ['CPT', '99213'])),
      findings: [finding({ type: 'added', category: 'principal_dx', principal: true, direction: 'under' })],
    };
    expect(profee).toMatchObject({ codesReviewed: 2, principalCodes: 1 });
    const score = scoreRecords([profee]);
    expect(score).toMatchObject({ weightedErrors: 2, weightedCodes: 3 });
    expect(score.codeAccuracy).toBeCloseTo(1 / 3, 12);
  });

  it('weights every code alike when both weights are equal: the plain share of codes right', () => {
    const score = scoreRecords(audit, { principalWeight: 1, otherWeight: 1 });
    expect(score).toMatchObject({ weightedErrors: 2, weightedCodes: 12 });
    expect(score.codeAccuracy).toBeCloseTo(1 - 2 / 12, 12);
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
      { recordId: 'R1', codes: 4, weightedCodes: 6, weightedErrors: 2 },
      { recordId: 'R2', codes: 3, weightedCodes: 4, weightedErrors: 1 },
      { recordId: 'R3', codes: 3, weightedCodes: 4, weightedErrors: 0 },
      { recordId: 'R4', codes: 2, weightedCodes: 4, weightedErrors: 0 },
    ]);
    // Units are the weighted codes. r = 3/18 = 1/6, ū = 4.5; residuals e − r·u: 2 − 1, 1 − 2/3, 0 − 2/3, 0 − 2/3
    // → squares 1 + 1/9 + 4/9 + 4/9 = 2; v = 2 / (4·3·4.5²) = 0.00823045, se = 0.0907218;
    // 5/6 − 1.959964·0.0907218 = 0.833333 − 0.177812 = 0.655522 (upper clamps to 1)
    const interval = clusterRatioInterval(codeClusters(audit))!;
    expect(interval.standardError).toBeCloseTo(0.0907218, 6);
    expect(interval.lower).toBeCloseTo(0.655522, 5);
    expect(interval.upper).toBe(1);
  });

  it('uses the default weights unless told', () => {
    expect(perRecordCodeStats([R1], { ...DEFAULT_SCORING_SETTINGS, principalWeight: 1 })[0].weightedErrors).toBe(1);
  });
});
