import { describe, expect, it } from '@jest/globals';
import type { FindingDto } from '@recode/contracts';
import { classificationsToSave, draftFor, draftsFromFindings } from './classification-draft';
import type { KeyedFinding } from './review-diff';

const finding = (key: string, suggestedDirection: 'over' | 'under' | 'neutral' = 'under'): KeyedFinding => ({
  key,
  draft: {
    type: 'added',
    system: 'ICD10CM',
    codeBefore: null,
    codeAfter: 'N179',
    category: 'secondary_dx',
    principal: false,
    suggestedDirection,
  },
});

describe('classification drafts', () => {
  it('starts a new finding from its suggested direction', () => {
    expect(draftFor({}, finding('added|ICD10CM||N179', 'over'))).toMatchObject({
      rootCause: '',
      direction: 'over',
      rationale: '',
    });
  });

  it('sends only complete classifications and lists the rest as missing', () => {
    const drafts = {
      a: {
        rootCause: 'coder',
        impact: 'financial',
        direction: 'under',
        rationale: 'AKI documented on day 2',
        referenceKind: 'guidelines',
        referenceCitation: 'I.C.14',
      },
      b: {
        rootCause: 'coder',
        impact: '',
        direction: 'under',
        rationale: '',
        referenceKind: '',
        referenceCitation: '',
      },
    } as const;
    const result = classificationsToSave([finding('a'), finding('b'), finding('c')], drafts);
    expect(result.complete).toEqual([
      {
        key: 'a',
        rootCause: 'coder',
        impact: 'financial',
        direction: 'under',
        rationale: 'AKI documented on day 2',
        reference: { kind: 'guidelines', citation: 'I.C.14' },
      },
    ]);
    expect(result.missing).toEqual(['b', 'c']);
  });

  it('reads saved classifications back from the findings', () => {
    const saved = {
      key: 'k',
      rootCause: 'documentation',
      impact: 'compliance',
      direction: 'neutral',
      rationale: 'r',
      reference: null,
    } as unknown as FindingDto;
    expect(draftsFromFindings([saved]).k).toEqual({
      rootCause: 'documentation',
      impact: 'compliance',
      direction: 'neutral',
      rationale: 'r',
      referenceKind: '',
      referenceCitation: '',
    });
  });
});
