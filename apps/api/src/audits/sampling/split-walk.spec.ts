import { splitWalk } from './split-walk';

describe('splitWalk', () => {
  it('splits strata by size into two consecutive groups and places every pick', () => {
    const picks = [
      { coder: 'a', ranks: [0, 5] },
      { coder: 'b', ranks: [1] },
      { coder: 'c', ranks: [2, 3, 9] },
    ];
    const { halves, place } = splitWalk(picks, [50, 10, 60], 0);
    expect(halves[0].picks.map((p) => p.coder)).toEqual(['a', 'b']);
    expect(halves[1].picks.map((p) => p.coder)).toEqual(['c']);
    expect(halves.every((h) => !h.fromPivot)).toBe(true);
    picks.forEach((pick, i) =>
      pick.ranks.forEach((rank, k) => {
        const [half, stratum, at] = place(i, k);
        expect(halves[half].picks[stratum]?.ranks[at]).toBe(rank);
      }),
    );
  });

  it('splits one unstratified walk at the pivot, ranks after it relative to it', () => {
    const { halves, place } = splitWalk([{ coder: null, ranks: [1, 4, 7, 12] }], [20], 7);
    expect(halves[0]).toEqual({ picks: [{ coder: null, ranks: [1, 4] }], fromPivot: false });
    expect(halves[1]).toEqual({ picks: [{ coder: null, ranks: [0, 5] }], fromPivot: true });
    expect([0, 1, 2, 3].map((k) => place(0, k))).toEqual([
      [0, 0, 0],
      [0, 0, 1],
      [1, 0, 0],
      [1, 0, 1],
    ]);
  });

  it('keeps a one-sided unstratified walk whole', () => {
    expect(splitWalk([{ coder: null, ranks: [1, 2] }], [5], 5).halves[1].picks[0]?.ranks).toEqual([]);
    expect(splitWalk([{ coder: null, ranks: [1, 2] }], [5], 0).halves[0].picks[0]?.ranks).toEqual([]);
  });
});
