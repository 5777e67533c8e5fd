import { assignToAuditors, type AuditorCapacity } from './auditor-assignment';
import { createXoshiro128StarStar } from './xoshiro128-star-star';

const items = (coderId: string, count: number, prefix = coderId) =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, coderId }));
const countBy = (assignments: { auditorId: string }[]) =>
  assignments.reduce<Record<string, number>>(
    (acc, { auditorId }) => ({ ...acc, [auditorId]: (acc[auditorId] ?? 0) + 1 }),
    {},
  );

describe('assignToAuditors', () => {
  it('fills the least-loaded auditor first, ties by auditor id', () => {
    const auditors: AuditorCapacity[] = [
      { id: 'zed', currentLoad: 0 },
      { id: 'amy', currentLoad: 0 },
      { id: 'bob', currentLoad: 3 },
    ];
    const result = assignToAuditors(items('c1', 5), auditors);
    expect(result.assignments.map((a) => a.auditorId)).toEqual(['amy', 'zed', 'amy', 'zed', 'amy']);
    expect(result.loads).toEqual([
      { auditorId: 'amy', before: 0, after: 3 },
      { auditorId: 'bob', before: 3, after: 3 },
      { auditorId: 'zed', before: 0, after: 2 },
    ]);
    expect(result.unassigned).toEqual([]);
  });

  it('never gives an auditor their own coding, by user id or linked coder id', () => {
    const auditors: AuditorCapacity[] = [
      { id: 'u-ann', userCoderIds: ['coder-ann'], currentLoad: 0 },
      { id: 'u-bo', currentLoad: 0 },
      { id: 'coder-cat', currentLoad: 0 },
    ];
    const work = [...items('coder-ann', 4), ...items('coder-cat', 4), ...items('coder-dan', 4)];
    const result = assignToAuditors(work, auditors);
    const owner = new Map(work.map((item) => [item.id, item.coderId]));
    for (const { itemId, auditorId } of result.assignments) {
      expect([
        auditorId === 'u-ann' && owner.get(itemId) === 'coder-ann',
        auditorId === 'coder-cat' && owner.get(itemId) === 'coder-cat',
      ]).toEqual([false, false]);
    }
    expect(result.assignments).toHaveLength(12);
    expect(countBy(result.assignments)).toEqual({ 'u-ann': 4, 'u-bo': 4, 'coder-cat': 4 });
  });

  it('places constrained items first so the load stays balanced', () => {
    // Greedy in given order would give bo all of ann's work on top of his share.
    const result = assignToAuditors(
      [...items('dan', 2), ...items('ann', 2)],
      [
        { id: 'ann', currentLoad: 0 },
        { id: 'bo', currentLoad: 0 },
      ],
    );
    expect(countBy(result.assignments)).toEqual({ ann: 2, bo: 2 });
    expect(result.assignments.map((a) => a.itemId)).toEqual(['dan-0', 'dan-1', 'ann-0', 'ann-1']);
  });

  it('reports items nobody may review instead of dropping them', () => {
    const result = assignToAuditors(
      [...items('ann', 1), ...items('dan', 1)],
      [{ id: 'a1', userCoderIds: ['ann'], currentLoad: 2 }],
    );
    expect(result.assignments).toEqual([{ itemId: 'dan-0', auditorId: 'a1' }]);
    expect(result.unassigned).toEqual([
      {
        itemId: 'ann-0',
        coderId: 'ann',
        reason: 'ONLY_AUDITOR_IS_THE_CODER',
        message: 'every available auditor is coder ann, who coded this encounter',
      },
    ]);
    expect(assignToAuditors(items('ann', 2), []).unassigned.map((u) => u.reason)).toEqual([
      'NO_AUDITORS',
      'NO_AUDITORS',
    ]);
  });

  it('breaks ties with the seeded source reproducibly when one is given', () => {
    const auditors = ['a', 'b', 'c', 'd'].map((id) => ({ id, currentLoad: 0 }));
    const first = assignToAuditors(items('x', 8), auditors, createXoshiro128StarStar('assign'));
    const again = assignToAuditors(items('x', 8), auditors, createXoshiro128StarStar('assign'));
    expect(again).toEqual(first);
    expect(countBy(first.assignments)).toEqual({ a: 2, b: 2, c: 2, d: 2 });
    const byId = assignToAuditors(items('x', 8), auditors);
    expect(byId.assignments.slice(0, 4).map((a) => a.auditorId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a roster with duplicate auditors or a bad load', () => {
    expect(() =>
      assignToAuditors(
        [],
        [
          { id: 'a', currentLoad: 0 },
          { id: 'a', currentLoad: 1 },
        ],
      ),
    ).toThrow(expect.objectContaining({ code: 'ASSIGNMENT_AUDITORS_INVALID', message: 'auditor a is listed twice' }));
    expect(() => assignToAuditors([], [{ id: 'a', currentLoad: -1 }])).toThrow(
      expect.objectContaining({ code: 'ASSIGNMENT_AUDITORS_INVALID' }),
    );
  });
});
