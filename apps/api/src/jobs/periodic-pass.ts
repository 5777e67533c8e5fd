import type { Logger } from '@nestjs/common';

/**
 * Runs a pass now, then again `everyMs` after each one ends (so two never overlap), until stopped. A failed pass
 * is logged as a warning and the next one retries: what the reconcilers do between the database and the queue.
 */
export class PeriodicPass {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly what: string,
    private readonly everyMs: number,
    private readonly pass: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const tick = (): void => {
      this.pass()
        .catch((err: unknown) =>
          this.logger.warn(
            { err: err instanceof Error ? err.message : String(err) },
            `${this.what} failed; next pass retries`,
          ),
        )
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.everyMs);
        });
    };
    tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
