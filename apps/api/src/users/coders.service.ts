import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CoderDto, CreateCoderRequest, Page, UpdateCoderRequest } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { AppError, conflict, notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { coderVisibility } from './access-scope';
import { Coder } from './coder.entity';
import { toCoderDto } from './mappers';
import { Team } from './team.entity';
import { z } from 'zod';
import { selectRows } from '../database/sql';

/** A user linked to a coder. */
const CoderLinkRow = z.object({ id: z.string(), coder_id: z.string() });

export interface CoderListQuery {
  page: number;
  pageSize: number;
  q?: string;
  teamId?: string;
}

@Injectable()
export class CodersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  async list(ctx: AuthedContext, query: CoderListQuery): Promise<Page<CoderDto>> {
    const qb = this.scoped(ctx);
    if (query.q)
      qb.andWhere('(c.external_id ILIKE :q OR c.display_name ILIKE :q)', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    if (query.teamId) qb.andWhere('c.team_id = :teamId', { teamId: query.teamId });
    const [rows, total] = await qb
      .orderBy('c.displayName', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.withUsers(rows), total, page: query.page, pageSize: query.pageSize };
  }

  /** Outside the caller's scope looks exactly like "does not exist": 404, nothing leaked. */
  async get(ctx: AuthedContext, id: string): Promise<CoderDto> {
    const coder = await this.scoped(ctx).andWhere('c.id = :id', { id }).getOne();
    if (!coder) throw notFound('CODER_NOT_FOUND', 'Coder');
    const [dto] = await this.withUsers([coder]);
    return dto as CoderDto;
  }

  async create(ctx: AuthedContext, body: CreateCoderRequest): Promise<CoderDto> {
    const id = await this.db.transaction(async (manager) => {
      if (await manager.existsBy(Coder, { externalId: body.externalId })) {
        throw conflict('CONFLICT', `A coder with id ${body.externalId} already exists`, [
          { path: 'body.externalId', message: 'is already in use' },
        ]);
      }
      await this.checkTeam(manager, body.teamId);
      const coder = await manager.save(manager.create(Coder, body));
      await this.auditLog.record(
        ctx,
        { action: 'coder.created', entityType: 'coder', entityId: coder.id, details: { externalId: body.externalId } },
        manager,
      );
      return coder.id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: AuthedContext, id: string, body: UpdateCoderRequest): Promise<CoderDto> {
    await this.db.transaction(async (manager) => {
      if (!(await manager.existsBy(Coder, { id }))) throw notFound('CODER_NOT_FOUND', 'Coder');
      if (body.teamId !== undefined) await this.checkTeam(manager, body.teamId);
      await manager.update(Coder, { id }, body);
      await this.auditLog.record(
        ctx,
        { action: 'coder.updated', entityType: 'coder', entityId: id, details: { changed: body } },
        manager,
      );
    });
    return this.get(ctx, id);
  }

  private scoped(ctx: AuthedContext) {
    const scope = coderVisibility(ctx.user, 'c');
    return this.db.getRepository(Coder).createQueryBuilder('c').where(scope.sql, scope.params);
  }

  private async withUsers(coders: Coder[]): Promise<CoderDto[]> {
    if (!coders.length) return [];
    const links = await selectRows(this.db, CoderLinkRow, 'SELECT id, coder_id FROM users WHERE coder_id = ANY($1)', [
      coders.map((c) => c.id),
    ]);
    const userOf = new Map(links.map((l) => [l.coder_id, l.id]));
    return coders.map((c) => toCoderDto({ ...c, userId: userOf.get(c.id) ?? null }));
  }

  private async checkTeam(manager: EntityManager, teamId: string | null): Promise<void> {
    if (teamId && !(await manager.existsBy(Team, { id: teamId }))) {
      throw new AppError(400, 'TEAM_NOT_FOUND', `Unknown team: ${teamId}`, [
        { path: 'body.teamId', message: 'does not exist' },
      ]);
    }
  }
}
