import { describe, expect, it } from '@jest/globals';
import { coderOptions, teamOptions } from './filter-options';

const coders = [
  { id: 'c1', externalId: 'C001', displayName: 'Ada', teamId: 't2', teamName: 'Outpatient' },
  { id: 'c2', externalId: 'C002', displayName: 'Ben', teamId: 't1', teamName: 'Inpatient' },
  { id: 'c3', externalId: 'C003', displayName: 'Cy', teamId: 't2', teamName: 'Outpatient' },
  { id: 'c4', externalId: 'C004', displayName: 'Dee', teamId: null, teamName: null },
];

describe('filter options', () => {
  it('lists each team once, by name', () => {
    expect(teamOptions(coders)).toEqual([
      { value: 't1', label: 'Inpatient' },
      { value: 't2', label: 'Outpatient' },
    ]);
  });

  it('narrows the coders to the chosen team', () => {
    expect(coderOptions(coders, 't2').map((o) => o.label)).toEqual(['Ada (C001)', 'Cy (C003)']);
    expect(coderOptions(coders, undefined)).toHaveLength(4);
  });
});
