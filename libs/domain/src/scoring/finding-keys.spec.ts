import { findingKey, keyFindings } from './finding-keys';

describe('finding keys', () => {
  it('joins type, system and both codes, with empty sides left empty', () => {
    expect(findingKey({ type: 'added', system: 'ICD10CM', codeBefore: null, codeAfter: 'E1100' })).toBe(
      'added|ICD10CM||E1100',
    );
  });

  it('numbers repeats of the same difference from #2 on, in order', () => {
    const twice = { type: 'deleted', system: 'CPT', codeBefore: '99213', codeAfter: null } as const;
    const other = { type: 'added', system: 'CPT', codeBefore: null, codeAfter: '99214' } as const;
    expect(keyFindings([twice, other, twice, twice]).map((k) => k.key)).toEqual([
      'deleted|CPT|99213|',
      'added|CPT||99214',
      'deleted|CPT|99213|#2',
      'deleted|CPT|99213|#3',
    ]);
  });
});
