import { describe, expect, it } from '@jest/globals';
import { referenceText } from './common';
import { findingReferenceSchema } from './review';

describe('finding references', () => {
  it('accepts CPT Assistant, NCCI and ICD-10-PCS guideline references beside Coding Clinic and the CM guidelines', () => {
    for (const kind of ['cpt_assistant', 'ncci', 'pcs_guidelines', 'coding_clinic', 'guidelines', 'other']) {
      expect(findingReferenceSchema.safeParse({ kind, citation: '2Q 2019 p.3' }).success).toBe(true);
    }
    expect(findingReferenceSchema.safeParse({ kind: 'blog', citation: 'x' }).success).toBe(false);
  });

  it('prints each with its source, once', () => {
    expect(referenceText({ kind: 'coding_clinic', citation: '1Q 2017 p.47' })).toBe('Coding Clinic 1Q 2017 p.47');
    expect(referenceText({ kind: 'cpt_assistant', citation: 'Feb 2020 p.6' })).toBe('CPT Assistant Feb 2020 p.6');
    expect(referenceText({ kind: 'pcs_guidelines', citation: 'B3.1b' })).toBe('ICD-10-PCS Official Guidelines B3.1b');
    expect(referenceText({ kind: 'coding_clinic', citation: 'Coding Clinic 1Q 2017' })).toBe('Coding Clinic 1Q 2017');
    expect(referenceText({ kind: 'other', citation: 'Payer policy 12' })).toBe('Payer policy 12');
    expect(referenceText(null)).toBeNull();
  });
});
