import type { Logger } from '@nestjs/common';
import { PeriodicPass } from './periodic-pass';

const logger = (warnings: string[]): Logger =>
  ({ warn: (_: unknown, message: string) => warnings.push(message) }) as unknown as Logger;
const until = async (ready: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!ready()) throw new Error('condition never held');
};

describe('PeriodicPass', () => {
  it('runs passes one at a time, keeps going after a failed one, and stops', async () => {
    const warnings: string[] = [];
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const passes = new PeriodicPass(
      'test pass',
      1,
      async () => {
        overlapped ||= running > 0;
        running++;
        runs++;
        await new Promise((r) => setTimeout(r, 10));
        running--;
        if (runs === 2) throw new Error('lost the connection');
      },
      logger(warnings),
    );
    passes.start();
    await until(() => runs >= 4);
    passes.stop();
    const stoppedAt = runs;
    await new Promise((r) => setTimeout(r, 50));

    expect(overlapped).toBe(false);
    expect(warnings).toEqual(['test pass failed; next pass retries']);
    // A pass already running when stop() is called finishes; none starts after it.
    expect(runs - stoppedAt).toBeLessThanOrEqual(1);
  });
});
