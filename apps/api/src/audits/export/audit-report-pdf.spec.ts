import { describe, expect, it } from '@jest/globals';
import { findingHeading, referenceLine, type ReportFinding } from './audit-report-pdf';

const finding = (over: Partial<ReportFinding>): ReportFinding => ({
  encounter: 'R1',
  coder: 'C002',
  setting: 'inpatient',
  type: 'revised',
  category: 'principal_dx',
  system: 'ICD10CM',
  codeBefore: 'A419',
  codeAfter: 'A4151',
  rootCause: 'coder',
  rationale: null,
  referenceKind: null,
  citation: null,
  status: 'upheld',
  ...over,
});

describe('the printed report speaks the screens’ words', () => {
  it('names the finding, its codes with their dot and its category as the review and feedback screens do', () => {
    expect(findingHeading(finding({}))).toBe('R1 (coder C002): Revised A41.9 -> A41.51 [Principal diagnosis]');
    expect(findingHeading(finding({ setting: 'profee', type: 'added', codeBefore: null, codeAfter: 'M545' }))).toBe(
      'R1 (coder C002): Added (missed) - -> M54.5 [First-listed diagnosis]',
    );
  });

  it('prints a reference with its source, once', () => {
    expect(referenceLine(finding({ referenceKind: 'coding_clinic', citation: '1Q 2017 p.47' }))).toBe(
      'Coding Clinic 1Q 2017 p.47',
    );
    expect(referenceLine(finding({ referenceKind: 'coding_clinic', citation: 'Coding Clinic 1Q 2017 p.47' }))).toBe(
      'Coding Clinic 1Q 2017 p.47',
    );
    expect(referenceLine(finding({ referenceKind: 'ncci', citation: 'Ch. XI §E' }))).toBe(
      'NCCI policy manual / edits Ch. XI §E',
    );
    expect(referenceLine(finding({}))).toBeNull();
  });
});
