import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateTeamRequest, TeamDto, UpdateTeamRequest } from '@recode/contracts';
import { DataSource, Not } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { conflict, notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { teamVisibility } from './access-scope';
import { toTeamDto, type TeamRow } from './mappers';
import { Team } from './team.entity';

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
  ) {}

  async list(ctx: AuthedContext, id?: string): Promise<TeamDto[]> {
    const scope = teamVisibility(ctx.user, 't');
    const qb = this.db
      .createQueryBuilder()
      .select(['t.id AS id', 't.name AS name', 't.active AS active', 't.created_at AS created_at'])
      .addSelect('(SELECT count(*) FROM user_teams ut WHERE ut.team_id = t.id)', 'member_count')
      .addSelect('(SELECT count(*) FROM coders c WHERE c.team_id = t.id)', 'coder_count')
      .from(Team, 't')
      .where(scope.sql, scope.params)
      .orderBy('t.name', 'ASC');
    if (id) qb.andWhere('t.id = :id', { id });
    return (await qb.getRawMany<TeamRow>()).map(toTeamDto);
  }

  async get(ctx: AuthedContext, id: string): Promise<TeamDto> {
    const [team] = await this.list(ctx, id);
    if (!team) throw notFound('TEAM_NOT_FOUND', 'Team');
    return team;
  }

  async create(ctx: AuthedContext, body: CreateTeamRequest): Promise<TeamDto> {
    const id = await this.db.transaction(async (manager) => {
      if (await manager.existsBy(Team, { name: body.name })) throw this.nameTaken(body.name);
      const team = await manager.save(manager.create(Team, { name: body.name }));
      await this.auditLog.record(ctx, { action: 'team.created', entityType: 'team', entityId: team.id, details: { name: body.name } }, manager);
      return team.id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: AuthedContext, id: string, body: UpdateTeamRequest): Promise<TeamDto> {
    await this.db.transaction(async (manager) => {
      const team = await manager.findOneBy(Team, { id });
      if (!team) throw notFound('TEAM_NOT_FOUND', 'Team');
      if (body.name && (await manager.existsBy(Team, { name: body.name, id: Not(id) }))) throw this.nameTaken(body.name);
      await manager.update(Team, { id }, body);
      await this.auditLog.record(ctx, { action: 'team.updated', entityType: 'team', entityId: id, details: { before: { name: team.name, active: team.active }, after: body } }, manager);
    });
    return this.get(ctx, id);
  }

  private nameTaken(name: string) {
    return conflict('TEAM_NAME_TAKEN', `A team named "${name}" already exists`, [{ path: 'body.name', message: 'is already in use' }]);
  }
}
