import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditPlanDto, CreatePlanRequest, PersonRef, PlanListQuery, UpdatePlanRequest } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../audit-log';
import { AppError, conflict, notFound } from '../../common/errors';
import type { AuthedContext } from '../../common/request-context';
import { execute, selectRow, selectRows } from '../../database/sql';
import { JobQueue } from '../../jobs/job-queue';
import { planVisibility } from '../access/audit-access';
import { schedulePattern } from '../sampling/plan-definition';
import { IdRow } from '../../database/rows';
import { PLAN_COLUMNS, PLAN_FROM, toPlanDto } from './plan-mappers';
import { AuditorRefRow, StoredPlanRow } from './plan-rows';
import { validatePlanPeople } from './plan-validation';

export const schedulerIdOf = (planId: string): string => `audit-plan:${planId}`;

@Injectable()
export class AuditPlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditLog: AuditLogService,
    private readonly jobs: JobQueue,
  ) {}

  async list(ctx: AuthedContext, query: PlanListQuery): Promise<AuditPlanDto[]> {
    const params: unknown[] = [];
    const visible = planVisibility(ctx.user, 'p', params);
    const rows = await selectRows(
      this.db,
      StoredPlanRow,
      `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE ${visible} ${query.includeArchived ? '' : 'AND p.archived_at IS NULL'} ORDER BY p.created_at DESC, p.id`,
      params,
    );
    return rows.map(toPlanDto);
  }

  /** Auditors work across teams, so a supervisor may name any active one (as validatePlanPeople accepts). */
  auditors(): Promise<PersonRef[]> {
    return selectRows(
      this.db,
      AuditorRefRow,
      `SELECT id, display_name AS "displayName" FROM users WHERE role = 'auditor' AND active ORDER BY display_name, id`,
    );
  }

  /** A plan outside the user's teams is "not found", as if it did not exist. */
  async get(ctx: AuthedContext, id: string, m: EntityManager = this.db.manager, lock = false): Promise<AuditPlanDto> {
    const params: unknown[] = [id];
    const visible = planVisibility(ctx.user, 'p', params);
    const rows = await selectRows(
      m,
      StoredPlanRow,
      `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.id = $1 AND ${visible} ${lock ? 'FOR UPDATE OF p' : ''}`,
      params,
    );
    const row = rows[0];
    if (!row) throw notFound('AUDIT_PLAN_NOT_FOUND', 'Audit plan');
    return toPlanDto(row);
  }

  async create(ctx: AuthedContext, body: CreatePlanRequest): Promise<AuditPlanDto> {
    const plan = await this.db.transaction(async (m) => {
      const teamIds = await validatePlanPeople(m, ctx.user, body);
      const inserted = await selectRow(
        m,
        IdRow,
        `INSERT INTO audit_plans (name, description, team_ids, scope, method, rules, seed, spares, exclusion_window_days, due_in_days, auditor_ids, schedule, schedule_pattern, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          body.name,
          body.description,
          teamIds,
          body.scope,
          body.method,
          body.rules,
          body.seed,
          body.spares,
          body.exclusionWindowDays,
          body.dueInDays,
          body.auditorIds,
          body.schedule,
          body.schedule ? schedulePattern(body.schedule) : null,
          ctx.user.id,
        ],
      );
      if (!inserted) throw new Error('INSERT … RETURNING id returned no row');
      const { id } = inserted;
      const created = await this.get(ctx, id, m);
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_plan.created',
          entityType: 'audit_plan',
          entityId: id,
          details: { name: body.name, method: body.method, schedule: body.schedule },
        },
        m,
      );
      return created;
    });
    await this.syncSchedule(plan);
    return plan;
  }

  async update(ctx: AuthedContext, id: string, body: UpdatePlanRequest): Promise<AuditPlanDto> {
    const plan = await this.db.transaction(async (m) => {
      const current = await this.get(ctx, id, m, true);
      if (current.archived) throw new AppError(409, 'CONFLICT', 'An archived plan cannot be changed');
      if (current.version !== body.version) {
        throw conflict(
          'AUDIT_PLAN_VERSION_CONFLICT',
          `The plan was changed by someone else (now version ${current.version})`,
          [
            {
              path: 'body.version',
              message: `is ${body.version}; the plan is at version ${current.version}`,
              currentVersion: current.version,
            },
          ],
        );
      }
      const teamIds = await validatePlanPeople(m, ctx.user, body);
      await execute(
        m,
        `UPDATE audit_plans SET name = $2, description = $3, team_ids = $4, scope = $5, method = $6, rules = $7, seed = $8, spares = $9,
                exclusion_window_days = $10, due_in_days = $11, auditor_ids = $12, schedule = $13, schedule_pattern = $14, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id,
          body.name,
          body.description,
          teamIds,
          body.scope,
          body.method,
          body.rules,
          body.seed,
          body.spares,
          body.exclusionWindowDays,
          body.dueInDays,
          body.auditorIds,
          body.schedule,
          body.schedule ? schedulePattern(body.schedule) : null,
        ],
      );
      const updated = await this.get(ctx, id, m);
      await this.auditLog.record(
        ctx,
        {
          action: 'audit_plan.updated',
          entityType: 'audit_plan',
          entityId: id,
          details: { version: updated.version, schedule: body.schedule },
        },
        m,
      );
      return updated;
    });
    await this.syncSchedule(plan);
    return plan;
  }

  /** Plans are archived, not deleted: audits keep pointing at the plan they came from. */
  async archive(ctx: AuthedContext, id: string): Promise<AuditPlanDto> {
    const plan = await this.db.transaction(async (m) => {
      await this.get(ctx, id, m, true);
      await execute(
        m,
        'UPDATE audit_plans SET archived_at = coalesce(archived_at, now()), updated_at = now() WHERE id = $1',
        [id],
      );
      await this.auditLog.record(ctx, { action: 'audit_plan.archived', entityType: 'audit_plan', entityId: id }, m);
      return this.get(ctx, id, m);
    });
    await this.syncSchedule(plan);
    return plan;
  }

  /** One BullMQ job scheduler per plan (upserted by id), removed when the plan loses its schedule or is archived. */
  private async syncSchedule(plan: AuditPlanDto): Promise<void> {
    if (plan.schedulePattern && !plan.archived)
      await this.jobs.schedule(schedulerIdOf(plan.id), 'audits.run-plan', { planId: plan.id }, plan.schedulePattern);
    else await this.jobs.unschedule(schedulerIdOf(plan.id), 'audits.run-plan');
  }
}
