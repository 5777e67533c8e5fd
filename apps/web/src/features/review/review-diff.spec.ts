import { describe, expect, it } from '@jest/globals';
import type { AuditCodeLineInput } from '@recode/contracts';
import { describeChange, keyedFindings, lineMarks, type ReviewComparison } from './review-diff';

const cm = (code: string, sequence: number, poa: string | null = 'Y'): AuditCodeLineInput => ({
  system: 'ICD10CM',
  code,
  sequence,
  principal: sequence === 1,
  poa,
  modifiers: [],
  units: null,
});

const comparison = (auditorCodes: AuditCodeLineInput[], patch: Partial<ReviewComparison> = {}): ReviewComparison => ({
  setting: 'inpatient',
  coderCodes: [cm('K3580', 1), cm('E119', 2), cm('I10', 3)],
  auditorCodes,
  coderDrg: { drg: '343', weight: 0.9 },
  auditorDrg: { drg: '343', weight: 0.9 },
  ...patch,
});

describe('keyedFindings', () => {
  it('finds nothing when the auditor agrees', () => {
    expect(keyedFindings(comparison([cm('K3580', 1), cm('E119', 2), cm('I10', 3)]))).toEqual([]);
  });

  it('keys each difference the way the API does', () => {
    const keys = keyedFindings(comparison([cm('K3580', 1), cm('E1165', 2), cm('I10', 3, 'N'), cm('N179', 4)])).map(
      (f) => f.key,
    );
    expect(keys).toEqual(
      expect.arrayContaining(['revised|ICD10CM|E119|E1165', 'poa_changed|ICD10CM|I10|I10', 'added|ICD10CM||N179']),
    );
    expect(keys).toHaveLength(3);
  });

  it('adds the DRG change with both weights', () => {
    const [drg] = keyedFindings(
      comparison([cm('K3580', 1), cm('E119', 2), cm('I10', 3)], { auditorDrg: { drg: '342', weight: 1.4 } }),
    );
    expect(drg?.key).toBe('drg_changed|MSDRG|343|342');
    expect(drg?.draft).toMatchObject({ weightBefore: 0.9, weightAfter: 1.4, suggestedDirection: 'under' });
  });
});

describe('lineMarks', () => {
  it('highlights removed, revised, changed and added lines on their side', () => {
    const findings = keyedFindings(
      comparison(
        [cm('K3580', 1), cm('E1165', 2), cm('I10', 3, 'N'), cm('N179', 4)]
          .filter((l) => l.code !== 'K3580')
          .map((l, i) => ({ ...l, sequence: i + 1, principal: i === 0 })),
      ),
    );
    const marks = lineMarks(findings);
    expect(marks.coder('ICD10CM', 'E11.9')).toBe('revised');
    expect(marks.auditor('ICD10CM', 'E1165')).toBe('revised');
    expect(marks.coder('ICD10CM', 'I10')).toBe('changed');
    expect(marks.auditor('ICD10CM', 'N179')).toBe('added');
    expect(marks.coder('ICD10CM', 'K3580')).toBe('removed');
  });

  it('marks both principals of a resequencing and leaves untouched lines alone', () => {
    const marks = lineMarks(keyedFindings(comparison([cm('E119', 1), cm('K3580', 2), cm('I10', 3)])));
    expect(marks.coder('ICD10CM', 'K3580')).toBe('changed');
    expect(marks.auditor('ICD10CM', 'E119')).toBe('changed');
    expect(marks.auditor('ICD10CM', 'I10')).toBe('same');
  });
});

describe('describeChange', () => {
  it('reads like a coder would say it', () => {
    const [revised, poa, added] = keyedFindings(
      comparison([cm('K3580', 1), cm('E1165', 2), cm('I10', 3, 'N'), cm('N179', 4)]),
    );
    expect([revised, poa, added].map((f) => describeChange(f!.draft))).toEqual([
      'E11.9 → E11.65',
      'I10 POA Y → N',
      '+ N17.9',
    ]);
  });
});
