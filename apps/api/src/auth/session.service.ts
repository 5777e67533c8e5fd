import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionUser } from '@recode/contracts';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { UserDirectory } from '../users';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'recode_sid';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UserDirectory,
  ) {}

  get ttlMs(): number {
    return this.config.SESSION_TTL_HOURS * 3600_000;
  }

  async create(
    userId: string,
    ip: string | null,
    userAgent: string | null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    await this.db
      .getRepository(Session)
      .insert({ tokenHash: hashToken(token), userId, expiresAt, lastSeenAt: now, ip, userAgent });
    return { token, expiresAt };
  }

  /** The signed-in user behind a cookie, or null if the session expired or the user was deactivated. */
  async resolve(token: string): Promise<{ user: SessionUser; tokenHash: string } | null> {
    const tokenHash = hashToken(token);
    const session = await this.db.getRepository(Session).findOneBy({ tokenHash });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await this.directory.sessionUser(session.userId);
    if (!user) return null;
    // Sliding expiry, written at most once a minute so reads stay cheap.
    if (Date.now() - session.lastSeenAt.getTime() > 60_000) {
      await this.db
        .getRepository(Session)
        .update({ tokenHash }, { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + this.ttlMs) });
    }
    return { user, tokenHash };
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.getRepository(Session).delete({ tokenHash });
  }

  /** Sign out everywhere else, e.g. after a password change or deactivation. */
  async revokeAllFor(userId: string, exceptTokenHash?: string): Promise<void> {
    const qb = this.db.createQueryBuilder().delete().from(Session).where('user_id = :userId', { userId });
    if (exceptTokenHash) qb.andWhere('token_hash <> :exceptTokenHash', { exceptTokenHash });
    await qb.execute();
  }

  async purgeExpired(before: Date = new Date()): Promise<number> {
    const result = await this.db.getRepository(Session).delete({ expiresAt: LessThan(before) });
    return result.affected ?? 0;
  }
}
