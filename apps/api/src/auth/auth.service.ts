import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePasswordRequest, LoginRequest, SessionUser } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { AppError } from '../common/errors';
import type { AuthedContext, RequestContext } from '../common/request-context';
import { UserDirectory } from '../users';
import { User } from '../users';
import { assertStrongPassword, dummyPasswordHash, hashPassword, LoginThrottle, verifyPassword } from '../credentials';
import { SessionService } from './session.service';

const INVALID = 'The e-mail or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly directory: UserDirectory,
    private readonly throttle: LoginThrottle,
    private readonly auditLog: AuditLogService,
  ) {}

  async login(
    ctx: RequestContext,
    { email, password }: LoginRequest,
  ): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
    await this.throttle.checkRate(ctx.ip);
    await this.throttle.checkLock(email);
    const found = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!found || !ok || !found.active) {
      await this.auditLog.record(ctx, {
        action: 'auth.login_failed',
        actorEmail: email,
        actorId: found?.id,
        details: { reason: !found ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive' },
      });
      const lockedUntil = await this.throttle.recordFailure(email, ctx.ip);
      if (lockedUntil) await this.recordLock(ctx, email, found, lockedUntil);
      // Same answer for every case: the caller learns nothing about which accounts exist.
      throw new AppError(401, 'INVALID_CREDENTIALS', INVALID);
    }
    await this.throttle.clear(email);
    await this.db
      .getRepository(User)
      .update({ id: found.id }, { lastLoginAt: new Date(), lockedUntil: null, failedLoginCount: 0 });
    const user = await this.directory.sessionUser(found.id);
    if (!user) throw new AppError(401, 'INVALID_CREDENTIALS', INVALID);
    const session = await this.sessions.create(found.id, ctx.ip, ctx.userAgent);
    await this.auditLog.record({ ...ctx, user }, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return { user, ...session };
  }

  async logout(ctx: RequestContext, tokenHash: string | undefined): Promise<void> {
    if (!tokenHash) return;
    await this.sessions.revoke(tokenHash);
    if (ctx.user) await this.auditLog.record(ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.user.id });
  }

  async changePassword(ctx: AuthedContext, tokenHash: string | undefined, body: ChangePasswordRequest): Promise<void> {
    const repo = this.db.getRepository(User);
    // A stolen session must not become a way round the sign-in lock: wrong current passwords count
    // toward the same per-e-mail lock, and a locked account cannot change its password either.
    await this.throttle.checkLock(ctx.user.email);
    const current = await repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: ctx.user.id })
      .getOneOrFail();
    if (!(await verifyPassword(current.passwordHash, body.currentPassword))) {
      await this.auditLog.record(ctx, {
        action: 'auth.password_change_failed',
        entityType: 'user',
        entityId: ctx.user.id,
        details: { reason: 'wrong_password' },
      });
      const lockedUntil = await this.throttle.recordFailure(ctx.user.email, ctx.ip);
      if (lockedUntil) {
        await this.recordLock(ctx, ctx.user.email, current, lockedUntil);
        await this.throttle.checkLock(ctx.user.email);
      }
      throw new AppError(400, 'PASSWORD_MISMATCH', 'The current password is incorrect', [
        { path: 'body.currentPassword', message: 'is incorrect' },
      ]);
    }
    if (body.currentPassword === body.newPassword) {
      throw new AppError(400, 'PASSWORD_TOO_WEAK', 'The new password must differ from the current one', [
        { path: 'body.newPassword', message: 'must differ from the current password' },
      ]);
    }
    assertStrongPassword('body.newPassword', body.newPassword, [ctx.user.email, ctx.user.displayName]);
    const passwordHash = await hashPassword(body.newPassword);
    await this.db.transaction(async (manager) => {
      await manager.update(
        User,
        { id: ctx.user.id },
        { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false },
      );
      await this.auditLog.record(
        ctx,
        { action: 'auth.password_changed', entityType: 'user', entityId: ctx.user.id },
        manager,
      );
    });
    await this.sessions.revokeAllFor(ctx.user.id, tokenHash);
  }

  private async recordLock(ctx: RequestContext, email: string, user: User | null, lockedUntil: Date): Promise<void> {
    if (user) await this.db.getRepository(User).update({ id: user.id }, { lockedUntil });
    await this.auditLog.record(ctx, {
      action: 'auth.locked',
      actorEmail: email,
      actorId: user?.id,
      entityType: user ? 'user' : undefined,
      entityId: user?.id,
      details: { lockedUntil: lockedUntil.toISOString() },
    });
  }
}
