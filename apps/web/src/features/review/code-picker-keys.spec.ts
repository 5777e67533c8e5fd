import { describe, expect, it } from '@jest/globals';
import { codeSearchQuery, pickerKey } from './code-picker-keys';

describe('pickerKey', () => {
  it('moves down and up through the results, wrapping', () => {
    expect(pickerKey('ArrowDown', -1, 3)).toEqual({ kind: 'move', index: 0 });
    expect(pickerKey('ArrowDown', 2, 3)).toEqual({ kind: 'move', index: 0 });
    expect(pickerKey('ArrowUp', 0, 3)).toEqual({ kind: 'move', index: 2 });
  });

  it('selects with Enter only when a result is active, and closes with Escape', () => {
    expect(pickerKey('Enter', 1, 3)).toEqual({ kind: 'select', index: 1 });
    expect(pickerKey('Enter', -1, 3)).toEqual({ kind: 'none' });
    expect(pickerKey('Escape', 1, 0)).toEqual({ kind: 'close' });
    expect(pickerKey('ArrowDown', -1, 0)).toEqual({ kind: 'none' });
  });
});

describe('codeSearchQuery', () => {
  const encounter = { fiscalYear: 2026, encounterDate: '2025-11-03' };
  it('searches ICD-10 by fiscal year and HCPCS by date', () => {
    expect(codeSearchQuery('ICD10CM', encounter, ' e11 ')).toEqual({
      system: 'ICD10CM',
      q: 'e11',
      limit: 20,
      offset: 0,
      fiscalYear: 2026,
    });
    expect(codeSearchQuery('HCPCS', encounter, 'J1100')).toEqual({
      system: 'HCPCS',
      q: 'J1100',
      limit: 20,
      offset: 0,
      date: '2025-11-03',
    });
    expect(codeSearchQuery('CPT', encounter, '  ')).toBeNull();
  });
});
