import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ENCOUNTER_SETTINGS,
  type CreateTeamRequest,
  type EncounterSettingCode,
  type TeamDto,
  type UpdateTeamRequest,
} from '@recode/contracts';
import { DataSource, Not } from 'typeorm';
import { AuditLogService } from '../audit-log';
import { conflict, notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { teamVisibility } from './access-scope';
import { rawRows } from '../database/sql';
import { toTeamDto, TeamRow } from './mappers';
import { Team } from './team.entity';

/** Stored in the contract's order, so a list reads the same wherever it is shown. */
const sortSettings = (settings: readonly EncounterSettingCode[]): EncounterSettingCode[] =>
  ENCOUNTER_SETTINGS.filter((s) => settings.includes(s));

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
      .select([
        't.id AS id',
        't.name AS name',
        't.active AS active',
        't.settings AS settings',
        't.created_at AS created_at',
      ])
      .addSelect('(SELECT count(*) FROM user_teams ut WHERE ut.team_id = t.id)', 'member_count')
      .addSelect('(SELECT count(*) FROM coders c WHERE c.team_id = t.id)', 'coder_count')
      .from(Team, 't')
      .where(scope.sql, scope.params)
      .orderBy('t.name', 'ASC');
    if (id) qb.andWhere('t.id = :id', { id });
    const raw: unknown = await qb.getRawMany();
    return rawRows(TeamRow, raw, 'the teams list').map(toTeamDto);
  }

  async get(ctx: AuthedContext, id: string): Promise<TeamDto> {
    const [team] = await this.list(ctx, id);
    if (!team) throw notFound('TEAM_NOT_FOUND', 'Team');
    return team;
  }

  async create(ctx: AuthedContext, body: CreateTeamRequest): Promise<TeamDto> {
    const id = await this.db.transaction(async (manager) => {
      if (await manager.existsBy(Team, { name: body.name })) throw this.nameTaken(body.name);
      const team = await manager.save(manager.create(Team, { name: body.name, settings: sortSettings(body.settings) }));
      await this.auditLog.record(
        ctx,
        {
          action: 'team.created',
          entityType: 'team',
          entityId: team.id,
          details: { name: body.name, settings: body.settings },
        },
        manager,
      );
      return team.id;
    });
    return this.get(ctx, id);
  }

  async update(ctx: AuthedContext, id: string, body: UpdateTeamRequest): Promise<TeamDto> {
    await this.db.transaction(async (manager) => {
      const team = await manager.findOneBy(Team, { id });
      if (!team) throw notFound('TEAM_NOT_FOUND', 'Team');
      if (body.name && (await manager.existsBy(Team, { name: body.name, id: Not(id) })))
        throw this.nameTaken(body.name);
      const changes = body.settings ? { ...body, settings: sortSettings(body.settings) } : body;
      await manager.update(Team, { id }, changes);
      const before = { name: team.name, active: team.active, settings: team.settings };
      await this.auditLog.record(
        ctx,
        { action: 'team.updated', entityType: 'team', entityId: id, details: { before, after: changes } },
        manager,
      );
    });
    return this.get(ctx, id);
  }

  private nameTaken(name: string) {
    return conflict('TEAM_NAME_TAKEN', `A team named "${name}" already exists`, [
      { path: 'body.name', message: 'is already in use' },
    ]);
  }
}
