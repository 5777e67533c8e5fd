import { describe, expect, it } from '@jest/globals';
import { parseSampleSizeForm } from './sample-size-form';

const ok = { universe: '5000', probe: '120, 80 0\n260;45', confidence: '90', precision: '10' };

describe('parseSampleSizeForm', () => {
  it('reads the request from the form text', () => {
    expect(parseSampleSizeForm(ok)).toEqual({
      request: { N: 5000, probe: [120, 80, 0, 260, 45], confidence: 90, precision_percent: 10 },
    });
  });

  it.each([
    [{ universe: 'ten' }, 'universe', /whole number/],
    [{ universe: '2.5' }, 'universe', /whole number/],
    [{ universe: '0' }, 'universe', /at least 2/],
    [{ universe: '-4' }, 'universe', /at least 2/],
    [{ probe: '12 abc' }, 'probe', /Value 2 .*abc.* not a number/],
    [{ probe: '12' }, 'probe', /at least 2/],
    [{ probe: '-5 0' }, 'probe', /positive mean/],
    [{ universe: '3', probe: '1 2 3 4' }, 'probe', /only 3/],
    [{ confidence: '99' }, 'confidence', /80, 90 or 95/],
    [{ precision: '' }, 'precision', /percent/],
    [{ precision: '0' }, 'precision', /more than 0/],
    [{ precision: '150' }, 'precision', /at most 100/],
  ] as [Record<string, string>, string, RegExp][])('names the field of %j', (change, field, message) => {
    const result = parseSampleSizeForm({ ...ok, ...change });
    expect('errors' in result && result.errors[field as keyof typeof result.errors]).toMatch(message);
  });
});
