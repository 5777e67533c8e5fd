import { ShortLivedCache } from './short-lived-cache';

describe('ShortLivedCache', () => {
  let clock = 0;
  const now = (): number => clock;
  beforeEach(() => {
    clock = 1_000;
  });

  it('answers from the cache within the lifetime and computes again after it', async () => {
    const cache = new ShortLivedCache<number>(2_000, 10, now);
    let computed = 0;
    const compute = async (): Promise<number> => ++computed;
    expect(await cache.get('a', compute)).toBe(1);
    clock += 1_999;
    expect(await cache.get('a', compute)).toBe(1);
    clock += 1;
    expect(await cache.get('a', compute)).toBe(2);
    expect(await cache.get('b', compute)).toBe(3);
  });

  it('shares one computation between concurrent asks for the same key', async () => {
    const cache = new ShortLivedCache<string>(2_000, 10, now);
    let calls = 0;
    let release: (v: string) => void = () => undefined;
    const compute = (): Promise<string> => {
      calls += 1;
      return new Promise((resolve) => (release = resolve));
    };
    const first = cache.get('k', compute);
    const second = cache.get('k', compute);
    release('done');
    expect(await Promise.all([first, second])).toEqual(['done', 'done']);
    expect(calls).toBe(1);
  });

  it('never keeps a failure', async () => {
    const cache = new ShortLivedCache<number>(2_000, 10, now);
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', async () => 7)).toBe(7);
  });

  it('drops the oldest entries past its size, and caches nothing with a lifetime of 0', async () => {
    const cache = new ShortLivedCache<string>(2_000, 2, now);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a2')).toBe('a2');
    expect(await cache.get('c', async () => 'c2')).toBe('c1');
    const off = new ShortLivedCache<string>(0, 2, now);
    await off.get('a', async () => 'a1');
    expect(await off.get('a', async () => 'a2')).toBe('a2');
  });
});
