import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CheckResult, ReadinessDto } from '@recode/contracts';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../common/roles.decorator';
import { REDIS } from '../common/redis.module';
import { execute } from '../database/sql';

@ApiTags('health')
@Controller()
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL, Redis and the schema are all usable. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessDto> {
    const [postgres, redis, migrations] = await Promise.all([
      check(() => execute(this.db, 'SELECT 1')),
      check(async () => void (await this.redis.ping())),
      check(async () => {
        if (await this.db.showMigrations()) throw new Error('pending migrations: run `npm run migrate`');
      }),
    ]);
    const ok = postgres.ok && redis.ok && migrations.ok;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not_ready', checks: { postgres, redis, migrations } };
  }
}

async function check(probe: () => Promise<void>): Promise<CheckResult> {
  try {
    await withTimeout(probe(), 2000);
    return { ok: true };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}
