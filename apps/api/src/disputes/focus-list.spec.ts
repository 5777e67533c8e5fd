import { focusList } from './focus-list';

describe('focusList', () => {
  it('sums errors per category over the latest months only, most errors first, ties by months recurring', () => {
    const rows: { month: string; categoryErrors: Record<string, number> }[] = [
      { month: '2025-01-01', categoryErrors: { poa: 9 } },
      { month: '2025-05-01', categoryErrors: { secondary_dx: 2, drg: 1 } },
      { month: '2025-06-01', categoryErrors: { secondary_dx: 1, modifier: 3, drg: 0 } },
      { month: '2025-07-01', categoryErrors: { principal_dx: 3 } },
    ];
    // Three latest months: May–July; January's nine POA errors are out of the window.
    expect(focusList(rows, 3)).toEqual([
      { category: 'secondary_dx', errors: 3, months: 2 },
      { category: 'modifier', errors: 3, months: 1 },
      { category: 'principal_dx', errors: 3, months: 1 },
      { category: 'drg', errors: 1, months: 1 },
    ]);
  });

  it('is empty for a coder without errors or without rollups', () => {
    expect(
      focusList([
        { month: '2025-01-01', categoryErrors: {} },
        { month: '2025-02-01', categoryErrors: null },
      ]),
    ).toEqual([]);
    expect(focusList([])).toEqual([]);
  });
});
