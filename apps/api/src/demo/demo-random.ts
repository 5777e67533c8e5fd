import { createXoshiro128StarStar, uniformInt, type RandomSource } from '@recode/domain';

/** The seeded generator and the few draws the demo data needs; same seed, same draws, on any machine. */
export class DemoRandom {
  private readonly rng: RandomSource;

  constructor(seed: string | number) {
    this.rng = createXoshiro128StarStar(seed);
  }

  int(n: number): number {
    return uniformInt(this.rng, n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.rng.nextFloat() < p;
  }

  float(): number {
    return this.rng.nextFloat();
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Items with weights (relative, need not sum to 1). */
  weighted<T>(items: readonly { item: T; weight: number }[]): T {
    const total = items.reduce((sum, i) => sum + i.weight, 0);
    let x = this.float() * total;
    for (const { item, weight } of items) {
      x -= weight;
      if (x < 0) return item;
    }
    return (items[items.length - 1] as { item: T }).item;
  }

  /** Up to n distinct items, in list order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, items.length)) chosen.add(this.int(items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
  }
}
