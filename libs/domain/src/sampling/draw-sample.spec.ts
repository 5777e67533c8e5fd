import { drawSample, partialShuffle } from './draw-sample';
import type { FrameItem } from './frame';
import type { RandomSource } from './random-source';
import type { SamplePlan } from './sample-plan';
import { anyOf, drgWeightAbove, newCoder } from './targeting-rules';
import { createXoshiro128StarStar } from './xoshiro128-star-star';

/** 20 encounters enc-01..enc-20 spread over coders c0, c1, c2. */
const frame: FrameItem[] = Array.from({ length: 20 }, (_, i) => ({
  id: `enc-${String(i + 1).padStart(2, '0')}`,
  coderId: `c${i % 3}`,
  drgWeight: (i + 1) / 10,
}));
const ids = (items: readonly FrameItem[]) => items.map((item) => item.id);

/** A seeded shuffle of the input rows, to stand in for whatever order the database returns. */
function shuffled<T>(items: readonly T[], seed: string): T[] {
  return partialShuffle(items, items.length, createXoshiro128StarStar(seed));
}

const simple: SamplePlan = { method: 'simpleRandom', sampleSize: 5, spares: 2, seed: 'audit-2025-11' };

describe('drawSample: reproducibility', () => {
  // Golden sample: pinned once. A failure here means stored audits would no longer redraw the same sample.
  it('draws the pinned sample and spares for a known seed', () => {
    const draw = drawSample(frame, simple);
    expect(ids(draw.sample)).toEqual(['enc-01', 'enc-06', 'enc-12', 'enc-16', 'enc-20']);
    expect(ids(draw.spares)).toEqual(['enc-11', 'enc-15']);
    expect(draw.algorithm).toBe('xoshiro128**/cyrb128/v1');
  });

  it('draws the pinned probe per coder for a known seed', () => {
    const draw = drawSample(frame, { method: 'fixedPerStratum', perStratum: 2, spares: 1, seed: 'audit-2025-11' });
    // Strata c0, c1, c2 in key order, each in its own draw order.
    expect(ids(draw.sample)).toEqual(['enc-04', 'enc-16', 'enc-05', 'enc-08', 'enc-09', 'enc-15']);
    expect(ids(draw.spares)).toEqual(['enc-13', 'enc-14', 'enc-12']);
  });

  it('gives the same sample every time', () => {
    const first = drawSample(frame, simple);
    for (let i = 0; i < 5; i += 1) expect(drawSample(frame, simple)).toEqual(first);
  });

  it('ignores the order in which the frame arrives', () => {
    const expected = drawSample(frame, simple);
    for (const seed of ['row-order-1', 'row-order-2', 'row-order-3']) {
      expect(drawSample(shuffled(frame, seed), simple)).toEqual(expected);
      expect(drawSample(shuffled(frame, seed), { ...simple, method: 'proportional' })).toEqual(
        drawSample(frame, { ...simple, method: 'proportional' }),
      );
    }
  });

  it('draws a different sample for a different seed', () => {
    expect(ids(drawSample(frame, { ...simple, seed: 'audit-2025-12' }).sample)).not.toEqual(
      ids(drawSample(frame, simple).sample),
    );
  });

  it('treats an integer seed as its decimal text', () => {
    expect(drawSample(frame, { ...simple, seed: 20251101 })).toEqual(
      drawSample(frame, { ...simple, seed: '20251101' }),
    );
  });

  it("keeps each coder's sample when another coder joins the scope or spares change", () => {
    const probe: SamplePlan = { method: 'fixedPerStratum', perStratum: 3, seed: 'probe' };
    const before = drawSample(frame, probe);
    const newcomer = Array.from({ length: 7 }, (_, i) => ({ id: `enc-new-${i}`, coderId: 'c9' }));
    const after = drawSample([...frame, ...newcomer], { ...probe, spares: 2 });
    expect(ids(after.sample).slice(0, 9)).toEqual(ids(before.sample));
  });
});

describe('drawSample: properties over many seeds', () => {
  const plans: SamplePlan[] = [
    { method: 'simpleRandom', sampleSize: 7, spares: 3, seed: '' },
    { method: 'fixedPerStratum', perStratum: 4, spares: 2, seed: '' },
    { method: 'proportional', sampleSize: 9, spares: 1, seed: '' },
    { method: 'percentage', percent: 30, per: 'stratum', spares: 1, seed: '' },
    { method: 'percentage', percent: 30, per: 'overall', spares: 2, seed: '' },
  ];

  it.each(plans.map((plan) => [plan.method, plan] as const))(
    '%s: exact sizes, no duplicates, spares disjoint from the sample',
    (_method, plan) => {
      for (let s = 0; s < 40; s += 1) {
        const draw = drawSample(frame, { ...plan, seed: `property-${s}` });
        const sampleIds = ids(draw.sample);
        const spareIds = ids(draw.spares);
        expect(new Set(sampleIds).size).toBe(sampleIds.length);
        expect(new Set(spareIds).size).toBe(spareIds.length);
        expect(spareIds.filter((id) => sampleIds.includes(id))).toEqual([]);
        expect(sampleIds.length).toBe(draw.perStratum.reduce((sum, stratum) => sum + stratum.sampleSize, 0));
        expect(spareIds.length).toBe(draw.perStratum.reduce((sum, stratum) => sum + stratum.spareCount, 0));
        expect(draw.perCoder.reduce((sum, coder) => sum + coder.sampleSize, 0)).toBe(sampleIds.length);
      }
    },
  );

  it('picks every encounter about equally often (2000 draws of 5 from 20)', () => {
    const counts = new Map<string, number>();
    for (let s = 0; s < 2000; s += 1) {
      for (const item of drawSample(frame, { method: 'simpleRandom', sampleSize: 5, seed: `uniformity-${s}` }).sample)
        counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
    }
    // Expected 500 each (binomial sd ≈ 19); ±100 is wide enough never to flake and still catches a biased shuffle.
    for (const item of frame) expect(Math.abs((counts.get(item.id) ?? 0) - 500)).toBeLessThan(100);
  });
});

describe('drawSample: methods', () => {
  it('spares continue the same permutation as the sample', () => {
    const withSpares = drawSample(frame, { ...simple, spares: 4 });
    const longer = drawSample(frame, { ...simple, sampleSize: 9, spares: 0 });
    expect(ids([...withSpares.sample, ...withSpares.spares])).toEqual(ids(longer.sample));
  });

  it('reports a coder who has fewer encounters than the probe size', () => {
    const small = [...frame, { id: 'enc-x1', coderId: 'solo' }, { id: 'enc-x2', coderId: 'solo' }];
    const draw = drawSample(small, { method: 'fixedPerStratum', perStratum: 5, spares: 1, seed: 'probe' });
    expect(draw.perStratum.find((stratum) => stratum.key === 'solo')).toEqual({
      key: 'solo',
      frameSize: 2,
      requestedSize: 5,
      sampleSize: 2,
      shortfall: 3,
      spareCount: 0,
    });
    expect(
      ids(draw.sample)
        .filter((id) => id.startsWith('enc-x'))
        .sort(),
    ).toEqual(['enc-x1', 'enc-x2']);
    expect(draw.sample).toHaveLength(17);
  });

  it('allocates a proportional total across coders', () => {
    const draw = drawSample(frame, { method: 'proportional', sampleSize: 10, seed: 'prop' });
    expect(draw.perStratum.map((stratum) => [stratum.key, stratum.frameSize, stratum.sampleSize])).toEqual([
      ['c0', 7, 4],
      ['c1', 7, 3],
      ['c2', 6, 3],
    ]);
  });

  it('takes a percentage of volume, rounding up', () => {
    const draw = drawSample(frame, { method: 'percentage', percent: 5, per: 'overall', seed: 'pct' });
    expect(draw.sample).toHaveLength(1);
    expect(drawSample(frame, { method: 'percentage', percent: 5, per: 'stratum', seed: 'pct' }).sample).toHaveLength(3);
  });

  it('stratifies by stratum key when asked', () => {
    const keyed = frame.map((item, i) => ({ ...item, stratumKey: i < 5 ? 'ED' : 'IP' }));
    const draw = drawSample(keyed, {
      method: 'fixedPerStratum',
      perStratum: 2,
      stratifyBy: 'stratumKey',
      seed: 'keyed',
    });
    expect(draw.perStratum.map((stratum) => [stratum.key, stratum.sampleSize])).toEqual([
      ['ED', 2],
      ['IP', 2],
    ]);
  });

  it('excludes recently audited encounters before drawing and counts them', () => {
    const excludedIds = ['enc-01', 'enc-02', 'enc-03', 'not-in-scope'];
    const draw = drawSample(frame, simple, { excludedIds });
    expect(draw).toMatchObject({ scopeSize: 20, excludedCount: 3, frameSize: 17 });
    expect(ids([...draw.sample, ...draw.spares]).some((id) => excludedIds.includes(id))).toBe(false);
    expect(drawSample(frame, simple, { excludedIds: new Set(excludedIds) })).toEqual(draw);
  });

  it('applies targeting rules before drawing', () => {
    const draw = drawSample(frame, {
      method: 'simpleRandom',
      sampleSize: 4,
      seed: 'risk',
      rule: anyOf(drgWeightAbove(1.6), newCoder(['c1'])),
    });
    expect(draw).toMatchObject({ frameSize: 9, filteredOutCount: 11 });
    for (const item of draw.sample) expect((item.drgWeight ?? 0) > 1.6 || item.coderId === 'c1').toBe(true);
  });

  it('returns the caller’s own objects, extra fields included', () => {
    const rich = frame.map((item) => ({ ...item, mrn: `MRN-${item.id}` }));
    expect(drawSample(rich, simple).sample[0]?.mrn).toBe('MRN-enc-01');
  });

  it('accepts another generator through the factory', () => {
    const counter = (): RandomSource => {
      let n = 0;
      return { algorithm: 'counter', nextUint32: () => n++, nextFloat: () => 0 };
    };
    const draw = drawSample(frame, { ...simple, spares: 0 }, { createRandomSource: counter });
    expect(draw.algorithm).toBe('counter');
    expect(ids(draw.sample)).toEqual(['enc-01', 'enc-03', 'enc-05', 'enc-07', 'enc-09']);
  });

  it('reports errors before drawing', () => {
    expect(() => drawSample([], simple)).toThrow(
      expect.objectContaining({ code: 'SAMPLE_FRAME_EMPTY', message: 'the scope matches no encounters' }),
    );
    expect(() => drawSample(frame, { ...simple, sampleSize: 30 })).toThrow(
      expect.objectContaining({
        code: 'SAMPLE_SIZE_EXCEEDS_FRAME',
        message: 'sample size 30 is larger than the frame of 20 eligible encounters by 10',
      }),
    );
    expect(() => drawSample(frame, { ...simple, seed: -4 })).toThrow(
      expect.objectContaining({ code: 'SAMPLE_SEED_INVALID' }),
    );
    expect(() => drawSample([...frame, frame[0] as FrameItem], simple)).toThrow(
      expect.objectContaining({ code: 'SAMPLE_FRAME_DUPLICATE_ID' }),
    );
  });
});
