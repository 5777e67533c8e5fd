import { Injectable } from '@nestjs/common';
import type { JobPayloads } from '@recode/contracts';
import { JobHandler } from '../jobs/job-handler.decorator';
import { SessionService } from './session.service';

@Injectable()
export class SessionMaintenance {
  constructor(private readonly sessions: SessionService) {}

  /** Idempotent: deleting what has expired twice deletes nothing the second time. */
  @JobHandler('maintenance.purge-sessions')
  async purge(payload: JobPayloads['maintenance.purge-sessions']): Promise<{ purged: number }> {
    const before = new Date(Date.now() - (payload.olderThanDays ?? 0) * 86_400_000);
    return { purged: await this.sessions.purgeExpired(before) };
  }
}
