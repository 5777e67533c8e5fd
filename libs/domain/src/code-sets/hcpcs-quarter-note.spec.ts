import { hcpcsQuarterNote, quarterOfDate } from './hcpcs-quarter-note';

describe('hcpcsQuarterNote', () => {
  it('names the quarter used and the claim’s own quarter when they differ', () => {
    expect(hcpcsQuarterNote('2025Q4', '2018-02-06')).toBe(
      'HCPCS 2025 Q4 used: no HCPCS set is loaded for 2018 Q1, the claim’s quarter, so codes added or deleted in between are not caught',
    );
  });

  it('says nothing when the claim’s quarter was used', () => {
    expect(hcpcsQuarterNote('2025Q4', '2025-11-30')).toBeNull();
    expect(hcpcsQuarterNote('2025Q1', '2025-01-01')).toBeNull();
  });

  it('finds a date’s quarter at the edges', () => {
    expect(['2024-03-31', '2024-04-01', '2024-09-30', '2024-10-01'].map(quarterOfDate)).toEqual([
      '2024 Q1',
      '2024 Q2',
      '2024 Q3',
      '2024 Q4',
    ]);
  });
});
