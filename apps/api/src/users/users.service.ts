import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserRequest, Page, UpdateUserRequest, UserDto } from '@recode/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { AppError, badRequest, conflict, notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { assertStrongPassword, hashPassword, LoginThrottle, revokeSessionsOf } from '../credentials';
import { Coder } from './coder.entity';
import { toUserDto } from './mappers';
import { Team } from './team.entity';
import { User } from './user.entity';

export interface UserListQuery {
  page: number;
  pageSize: number;
  q?: string;
  role?: string;
  active?: boolean;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
    private readonly throttle: LoginThrottle,
  ) {}

  async list(query: UserListQuery): Promise<Page<UserDto>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u').leftJoinAndSelect('u.teams', 't');
    if (query.q)
      qb.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    const [rows, total] = await qb
      .orderBy('u.displayName', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUserDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<UserDto> {
    return toUserDto(await this.load(this.db.manager, id));
  }

  async create(ctx: AuthedContext, body: CreateUserRequest): Promise<UserDto> {
    assertStrongPassword('body.password', body.password, [body.email, body.displayName]);
    const passwordHash = await hashPassword(body.password);
    const id = await this.db.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: body.email })) {
        throw conflict('USER_EMAIL_TAKEN', `A user with e-mail ${body.email} already exists`, [
          { path: 'body.email', message: 'is already in use' },
        ]);
      }
      const teams = await this.teams(manager, body.teamIds);
      await this.checkCoderLink(manager, body.coderId, null);
      const user = manager.create(User, {
        email: body.email,
        displayName: body.displayName,
        role: body.role,
        passwordHash,
        coderId: body.coderId,
        mustChangePassword: true,
        teams,
      });
      await manager.save(user);
      await this.auditLog.record(
        ctx,
        {
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          details: { email: body.email, role: body.role },
        },
        manager,
      );
      return user.id;
    });
    return this.get(id);
  }

  async update(ctx: AuthedContext, id: string, body: UpdateUserRequest): Promise<UserDto> {
    if (id === ctx.user.id && (body.active === false || (body.role && body.role !== 'admin'))) {
      throw badRequest('VALIDATION_FAILED', 'You cannot deactivate yourself or remove your own admin role', [
        { path: body.active === false ? 'body.active' : 'body.role', message: 'cannot be changed on your own account' },
      ]);
    }
    if (body.password) {
      const target = await this.load(this.db.manager, id);
      assertStrongPassword('body.password', body.password, [target.email, target.displayName]);
    }
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    await this.db.transaction(async (manager) => {
      const user = await this.load(manager, id);
      if (body.teamIds) user.teams = await this.teams(manager, body.teamIds);
      if (body.coderId !== undefined) await this.checkCoderLink(manager, body.coderId, id);
      Object.assign(user, {
        displayName: body.displayName ?? user.displayName,
        role: body.role ?? user.role,
        active: body.active ?? user.active,
        coderId: body.coderId === undefined ? user.coderId : body.coderId,
      });
      await manager.save(user);
      if (body.unlock) {
        await manager.update(User, { id }, { lockedUntil: null, failedLoginCount: 0 });
        await this.throttle.clear(user.email);
      }
      if (passwordHash)
        await manager.update(User, { id }, { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() });
      // Deactivation, a role change or a reset password ends the user's sessions at once.
      if (body.active === false || body.role || passwordHash) await revokeSessionsOf(manager, id);
      const changed = Object.keys(body).map((k) => (k === 'password' ? 'password (reset)' : k));
      await this.auditLog.record(
        ctx,
        { action: 'user.updated', entityType: 'user', entityId: id, details: { changed } },
        manager,
      );
    });
    return this.get(id);
  }

  private async load(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, relations: { teams: true } });
    if (!user) throw notFound('USER_NOT_FOUND', 'User');
    return user;
  }

  private async teams(manager: EntityManager, ids: string[]): Promise<Team[]> {
    const unique = [...new Set(ids)];
    const teams = unique.length ? await manager.findBy(Team, { id: In(unique) }) : [];
    const missing = unique.filter((id) => !teams.some((t) => t.id === id));
    if (missing.length)
      throw new AppError(
        400,
        'TEAM_NOT_FOUND',
        `Unknown team: ${missing.join(', ')}`,
        missing.map((id) => ({ path: 'body.teamIds', message: `team ${id} does not exist` })),
      );
    return teams;
  }

  private async checkCoderLink(manager: EntityManager, coderId: string | null, userId: string | null): Promise<void> {
    if (!coderId) return;
    if (!(await manager.existsBy(Coder, { id: coderId }))) {
      throw new AppError(400, 'CODER_NOT_FOUND', `Unknown coder: ${coderId}`, [
        { path: 'body.coderId', message: 'does not exist' },
      ]);
    }
    const holder = await manager.findOneBy(User, { coderId });
    if (holder && holder.id !== userId) {
      throw conflict('CONFLICT', `That coder is already linked to ${holder.email}`, [
        { path: 'body.coderId', message: 'is linked to another user' },
      ]);
    }
  }
}
