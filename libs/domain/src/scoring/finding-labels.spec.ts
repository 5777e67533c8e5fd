import { describe, expect, it } from '@jest/globals';
import { categoryLabel } from './finding-labels';

describe('categoryLabel', () => {
  it('calls the principal diagnosis first-listed outside inpatient stays, pro-fee included', () => {
    expect(categoryLabel('principal_dx', 'inpatient')).toBe('Principal diagnosis');
    expect(categoryLabel('principal_dx', 'outpatient')).toBe('First-listed diagnosis');
    expect(categoryLabel('principal_dx', 'ed')).toBe('First-listed diagnosis');
    expect(categoryLabel('principal_dx', 'profee')).toBe('First-listed diagnosis');
    expect(categoryLabel('secondary_dx', 'profee')).toBe('Secondary diagnoses');
    expect(categoryLabel('em_level', 'profee')).toBe('E/M level');
  });
});
