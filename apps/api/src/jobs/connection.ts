import Redis from 'ioredis';
import type { AppConfig } from '../config/env';

/** BullMQ wants its own connections, without a key prefix (it applies `prefix` itself). */
export function bullConnection(config: AppConfig): Redis {
  return new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
}
