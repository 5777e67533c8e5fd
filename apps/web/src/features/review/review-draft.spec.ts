import { describe, expect, it } from '@jest/globals';
import type { ReviewCodeLineDto } from '@recode/contracts';
import {
  addLine,
  draftFromReview,
  moveLine,
  principalSystems,
  removeLine,
  reviseLine,
  toCodeInputs,
  updateLine,
} from './review-draft';

const line = (
  system: ReviewCodeLineDto['system'],
  code: string,
  sequence: number,
  patch: Partial<ReviewCodeLineDto> = {},
): ReviewCodeLineDto => ({
  system,
  code,
  sequence,
  principal: sequence === 1,
  description: null,
  poa: null,
  modifiers: [],
  units: null,
  diff: 'same',
  poaExempt: false,
  ...patch,
});

const coder = [
  line('ICD10PCS', '0DTJ4ZZ', 1),
  line('ICD10CM', 'I10', 2, { poa: 'Y' }),
  line('ICD10CM', 'K3580', 1, { poa: 'Y' }),
];
const codesOf = (lines: ReturnType<typeof draftFromReview>) => lines.map((l) => l.code);

describe('review draft', () => {
  it('starts from the lines grouped by system in sequence', () => {
    expect(codesOf(draftFromReview(coder))).toEqual(['K3580', 'I10', '0DTJ4ZZ']);
  });

  it('adds a code at the end of its system, normalised', () => {
    const next = addLine(draftFromReview(coder), {
      system: 'ICD10CM',
      code: 'e11.9',
      description: 'Type 2 diabetes',
      poa: 'Y',
      modifiers: [],
      units: null,
    });
    expect(codesOf(next)).toEqual(['K3580', 'I10', 'E119', '0DTJ4ZZ']);
  });

  it('resequences within a system only, and the new first line becomes principal', () => {
    const draft = draftFromReview(coder);
    const i10 = draft[1]!.uid;
    const moved = moveLine(draft, i10, -1);
    expect(codesOf(moved)).toEqual(['I10', 'K3580', '0DTJ4ZZ']);
    expect(codesOf(moveLine(moved, draft[2]!.uid, -1))).toEqual(['I10', 'K3580', '0DTJ4ZZ']);
    const inputs = toCodeInputs(moved, principalSystems(coder, 'inpatient'));
    expect(inputs.map((l) => [l.code, l.sequence, l.principal])).toEqual([
      ['I10', 1, true],
      ['K3580', 2, false],
      ['0DTJ4ZZ', 1, true],
    ]);
  });

  it('revises, deletes and changes POA and modifiers', () => {
    const draft = draftFromReview(coder);
    let next = reviseLine(draft, draft[1]!.uid, 'I11.0', 'Hypertensive heart disease');
    next = updateLine(next, next[1]!.uid, { poa: 'N' });
    next = removeLine(next, draft[2]!.uid);
    expect(toCodeInputs(next, principalSystems(coder, 'inpatient'))).toEqual([
      { system: 'ICD10CM', code: 'K3580', sequence: 1, principal: true, poa: 'Y', modifiers: [], units: null },
      { system: 'ICD10CM', code: 'I110', sequence: 2, principal: false, poa: 'N', modifiers: [], units: null },
    ]);
  });

  it('keeps modifiers on CPT lines and drops POA there', () => {
    const cpt = [line('CPT', '99213', 1, { principal: false, modifiers: ['25'], poa: 'Y' })];
    const inputs = toCodeInputs(draftFromReview(cpt), principalSystems(cpt, 'outpatient'));
    expect(inputs).toEqual([
      { system: 'CPT', code: '99213', sequence: 1, principal: false, poa: null, modifiers: ['25'], units: null },
    ]);
  });
});
