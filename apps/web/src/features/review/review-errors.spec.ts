import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../lib/api-error';
import { saveProblems } from './review-errors';
import type { DraftLine } from './review-draft';

const line = (uid: string, system: DraftLine['system'], code: string, poa: string | null = 'Y'): DraftLine => ({
  uid,
  system,
  code,
  description: null,
  poa,
  modifiers: [],
  units: null,
  poaExempt: false,
});

// The screen's order: diagnoses 1–3, then a procedure; the API counts lines 0… over the whole list.
const lines = [
  line('a', 'ICD10CM', 'A419'),
  line('b', 'ICD10CM', 'E119'),
  line('c', 'ICD10CM', 'I4891', null),
  line('d', 'ICD10PCS', '0DTJ4ZZ', null),
];

describe('saveProblems', () => {
  it('names the line as the screen numbers it, with the code as it is read', () => {
    const error = new ApiError({
      status: 400,
      code: 'AUDIT_CODE_INVALID',
      message: 'body.codes.2.poa: I4891: inpatient diagnoses need a POA indicator (Y, N, U or W)',
      details: [
        { path: 'body.codes.2.poa', message: 'I4891: inpatient diagnoses need a POA indicator (Y, N, U or W)' },
      ],
    });
    const problems = saveProblems(error, lines);
    expect(problems.lines).toHaveLength(1);
    expect(problems.lines[0]).toMatchObject({
      uid: 'c',
      field: 'poa',
      message: 'ICD-10-CM line 3, I48.91: inpatient diagnoses need a POA indicator (Y, N, U or W)',
    });
  });

  it('numbers a later system from 1 and keeps problems that are not about one line', () => {
    const error = new ApiError({
      status: 400,
      code: 'AUDIT_CODE_UNKNOWN',
      message: 'x',
      details: [
        { path: 'body.codes.3.code', message: '0DTJ4ZZ is not in ICD-10-PCS FY2026' },
        { path: 'body.codes', message: '2 ICD-10-CM lines are marked principal; at most one may be' },
      ],
    });
    const problems = saveProblems(error, lines);
    expect(problems.lines.map((p) => p.message)).toEqual(['ICD-10-PCS line 1, 0DTJ4ZZ: is not in ICD-10-PCS FY2026']);
    expect(problems.other).toEqual(['2 ICD-10-CM lines are marked principal; at most one may be']);
  });

  it('finds nothing in an error without details', () => {
    expect(saveProblems(new Error('boom'), lines)).toEqual({ lines: [], other: [] });
  });
});
