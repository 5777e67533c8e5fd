import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { AppError } from '../common/errors';
import { REDIS } from '../common/redis.module';

/**
 * Two brakes on password guessing, both in Redis so every API instance shares them: a cap on failed
 * sign-ins per address per minute, and a lock per e-mail after repeated failures. Only failures
 * count, so a ward of coders signing in behind one NAT address at shift start is never slowed,
 * while guessing (which fails) and spraying one password over many accounts are. The lock is kept
 * per e-mail whether or not the account exists, so it reveals nothing about which do.
 */
const RATE_WINDOW_MS = 60_000;

@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses the attempt when this address has used up its failures of the last minute. */
  async checkRate(ip: string | null): Promise<void> {
    const key = this.rateKey(ip);
    const answers = await this.redis
      .multi()
      .zremrangebyscore(key, '-inf', Date.now() - RATE_WINDOW_MS)
      .zcard(key)
      .exec();
    const failures = Number(answers?.[1]?.[1] ?? 0);
    if (failures >= this.config.LOGIN_RATE_PER_MINUTE) {
      throw new AppError(
        429,
        'RATE_LIMITED',
        'Too many failed sign-in attempts from this address. Wait a minute and try again.',
      );
    }
  }

  async checkLock(email: string): Promise<void> {
    const ttl = await this.redis.pttl(this.lockKey(email));
    if (ttl > 0) {
      const minutes = Math.ceil(ttl / 60_000);
      throw new AppError(
        423,
        'ACCOUNT_LOCKED',
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to unlock the account.`,
      );
    }
  }

  /** Counts a failure for the address and the e-mail; returns the lock's end when this failure started a lock. */
  async recordFailure(email: string, ip: string | null): Promise<Date | null> {
    const rateKey = this.rateKey(ip);
    const now = Date.now();
    // A sliding minute: each failure is a member stamped with its time (a random suffix keeps same-ms failures apart).
    await this.redis
      .multi()
      .zadd(rateKey, now, `${now}:${Math.random().toString(36).slice(2)}`)
      .pexpire(rateKey, RATE_WINDOW_MS)
      .exec();
    const key = this.failuresKey(email);
    const windowSeconds = this.config.LOGIN_LOCK_MINUTES * 60;
    const failures = await this.redis.incr(key);
    if (failures === 1) await this.redis.expire(key, windowSeconds);
    if (failures < this.config.LOGIN_MAX_FAILURES) return null;
    await this.redis.multi().set(this.lockKey(email), '1', 'EX', windowSeconds).del(key).exec();
    return new Date(Date.now() + windowSeconds * 1000);
  }

  async clear(email: string): Promise<void> {
    await this.redis.del(this.failuresKey(email), this.lockKey(email));
  }

  /**
   * The address's failures of the last minute, a sorted set by time. A key per calendar minute let a guesser
   * spend the limit twice across a minute's turn (and a burst straddling it was never refused).
   */
  private rateKey(ip: string | null): string {
    return `login:rate:${ip ?? 'unknown'}`;
  }
  private failuresKey(email: string): string {
    return `login:failures:${email}`;
  }
  private lockKey(email: string): string {
    return `login:lock:${email}`;
  }
}
