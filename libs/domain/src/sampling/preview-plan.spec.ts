import { drawSample } from './draw-sample';
import type { FrameItem } from './frame';
import { previewPlan } from './preview-plan';
import type { SamplePlan } from './sample-plan';
import { newCoder } from './targeting-rules';

/** amy 10, ben 6, cy 4 encounters. */
const frame: FrameItem[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, coderId: 'amy' })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, coderId: 'ben' })),
  ...Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, coderId: 'cy' })),
];

describe('previewPlan', () => {
  it('gives exact per-coder sizes for a probe, with the shortfall', () => {
    const preview = previewPlan(frame, { method: 'fixedPerStratum', perStratum: 5, spares: 2, seed: 'p' });
    expect(preview).toMatchObject({ frameSize: 20, sampleSize: 14, spareCount: 3 });
    expect(preview.perCoder).toEqual([
      { coderId: 'amy', frameSize: 10, expectedSampleSize: 5, exact: true },
      { coderId: 'ben', frameSize: 6, expectedSampleSize: 5, exact: true },
      { coderId: 'cy', frameSize: 4, expectedSampleSize: 4, exact: true },
    ]);
    expect(preview.perStratum.find((stratum) => stratum.key === 'cy')).toMatchObject({
      requestedSize: 5,
      sampleSize: 4,
      shortfall: 1,
    });
  });

  it('gives expected (mean) per-coder sizes for a simple random sample', () => {
    const preview = previewPlan(frame, { method: 'simpleRandom', sampleSize: 5, seed: 'p' });
    expect(preview.sampleSize).toBe(5);
    expect(preview.perCoder.map((coder) => [coder.coderId, coder.expectedSampleSize, coder.exact])).toEqual([
      ['amy', 2.5, false],
      ['ben', 1.5, false],
      ['cy', 1, false],
    ]);
  });

  it.each<SamplePlan>([
    { method: 'simpleRandom', sampleSize: 7, spares: 3, seed: 'x' },
    { method: 'fixedPerStratum', perStratum: 5, spares: 1, seed: 'x' },
    { method: 'proportional', sampleSize: 9, spares: 1, seed: 'x' },
    { method: 'percentage', percent: 15, per: 'stratum', seed: 'x' },
    { method: 'percentage', percent: 15, per: 'overall', spares: 2, seed: 'x' },
  ])('agrees with drawSample for %j', (plan) => {
    const preview = previewPlan(frame, plan);
    const draw = drawSample(frame, plan);
    expect(preview.sampleSize).toBe(draw.sample.length);
    expect(preview.spareCount).toBe(draw.spares.length);
    expect(preview.perStratum).toEqual(draw.perStratum);
    if (plan.method === 'fixedPerStratum' || plan.method === 'proportional') {
      expect(preview.perCoder.map((coder) => coder.expectedSampleSize)).toEqual(
        draw.perCoder.map((coder) => coder.sampleSize),
      );
    }
  });

  it('counts exclusions and rule filtering', () => {
    const preview = previewPlan(
      frame,
      { method: 'simpleRandom', sampleSize: 2, seed: 'x', rule: newCoder(['cy', 'ben']) },
      { excludedIds: ['b0', 'b1'] },
    );
    expect(preview).toMatchObject({ scopeSize: 20, excludedCount: 2, filteredOutCount: 10, frameSize: 8 });
    expect(preview.perCoder.map((coder) => coder.coderId)).toEqual(['ben', 'cy']);
  });

  it('throws the same errors as drawSample', () => {
    expect(() => previewPlan(frame, { method: 'simpleRandom', sampleSize: 21, seed: 'x' })).toThrow(
      expect.objectContaining({
        code: 'SAMPLE_SIZE_EXCEEDS_FRAME',
        message: 'sample size 21 is larger than the frame of 20 eligible encounters by 1',
      }),
    );
  });
});
