import { canonicalOrder, compareCodeUnits, groupIntoStrata, prepareFrame, type FrameItem } from './frame';

const item = (id: string, coderId = 'c1', extra: Partial<FrameItem> = {}): FrameItem => ({ id, coderId, ...extra });

describe('canonicalOrder', () => {
  it('sorts by UTF-16 code units, not by locale or number', () => {
    const ids = ['b', 'B', '10', '9', 'a', 'É', 'E', '_x', ''];
    expect(canonicalOrder(ids.map((id) => item(id))).map((entry) => entry.id)).toEqual([
      '',
      '10',
      '9',
      'B',
      'E',
      '_x',
      'a',
      'b',
      'É',
    ]);
  });

  it('does not mutate its input', () => {
    const input = [item('b'), item('a')];
    canonicalOrder(input);
    expect(input.map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('refuses duplicate ids', () => {
    expect(() => canonicalOrder([item('a'), item('b'), item('a')])).toThrow(
      expect.objectContaining({
        code: 'SAMPLE_FRAME_DUPLICATE_ID',
        message: 'encounter a appears more than once in the frame',
      }),
    );
  });

  it('compareCodeUnits is a total order consistent with ===', () => {
    expect(compareCodeUnits('a', 'a')).toBe(0);
    expect(compareCodeUnits('a', 'b')).toBe(-1);
    expect(compareCodeUnits('b', 'a')).toBe(1);
  });
});

describe('prepareFrame', () => {
  const frame = [item('e3', 'c2', { flaggedAtImport: true }), item('e1'), item('e2'), item('e4', 'c2')];

  it('removes excluded encounters, then filters, and counts both', () => {
    const prepared = prepareFrame(frame, {
      excludedIds: new Set(['e2', 'not-in-scope']),
      predicate: (entry) => entry.coderId === 'c2',
    });
    expect(prepared.items.map((entry) => entry.id)).toEqual(['e3', 'e4']);
    expect(prepared).toMatchObject({ scopeSize: 4, excludedCount: 1, filteredOutCount: 1 });
  });

  it('names each way of ending up with nothing to sample', () => {
    expect(() => prepareFrame([], {})).toThrow(
      expect.objectContaining({ code: 'SAMPLE_FRAME_EMPTY', message: 'the scope matches no encounters' }),
    );
    expect(() => prepareFrame(frame, { excludedIds: new Set(['e1', 'e2', 'e3', 'e4']) })).toThrow(
      expect.objectContaining({
        code: 'SAMPLE_FRAME_EMPTY_AFTER_EXCLUSION',
        message: 'all 4 encounters in scope were audited recently and are excluded',
      }),
    );
    expect(() => prepareFrame(frame, { predicate: () => false })).toThrow(
      expect.objectContaining({
        code: 'SAMPLE_FRAME_EMPTY_AFTER_RULES',
        message: 'none of the 4 encounters in scope matches the targeting rules',
      }),
    );
  });
});

describe('groupIntoStrata', () => {
  it('groups by coder in key order, keeping members canonical', () => {
    const strata = groupIntoStrata(
      canonicalOrder([item('e4', 'zoe'), item('e1', 'amy'), item('e3', 'zoe'), item('e2', 'amy')]),
      'coder',
    );
    expect(strata.map((stratum) => [stratum.key, stratum.items.map((entry) => entry.id)])).toEqual([
      ['amy', ['e1', 'e2']],
      ['zoe', ['e3', 'e4']],
    ]);
  });

  it('groups by stratum key and refuses items without one', () => {
    const strata = groupIntoStrata(
      [item('e1', 'c1', { stratumKey: 'ED' }), item('e2', 'c1', { stratumKey: 'IP' })],
      'stratumKey',
    );
    expect(strata.map((stratum) => stratum.key)).toEqual(['ED', 'IP']);
    expect(() => groupIntoStrata([item('e1')], 'stratumKey')).toThrow(
      expect.objectContaining({ code: 'SAMPLE_STRATUM_KEY_MISSING' }),
    );
  });
});
