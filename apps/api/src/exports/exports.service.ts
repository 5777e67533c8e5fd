import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AuditLogQuery,
  DashboardQuery,
  DisputeListQuery,
  EncounterListQuery,
  RulingsQuery,
} from '@recode/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthedContext } from '../common/request-context';
import { DashboardService } from '../dashboard';
import { allowedActionsFor, disputeRowsSql, DisputeRow, disputeListWhere } from '../disputes';
import { AUDIT_LOG_COLUMNS, auditLogExportSql } from './audit-log-export';
import { type CsvColumn, ExportRunner, rowBatches } from '../csv-export';
import { AuditLogExportRow, EncounterExportRow, RulingRow } from './export-rows';
import {
  AUDITOR_COLUMNS,
  CODER_COLUMNS,
  PARETO_COLUMNS,
  TEAM_COLUMNS,
  TREND_COLUMNS,
  type DashboardTable,
  type TeamRow,
} from './dashboard-export';
import { DISPUTE_COLUMNS, RULING_COLUMNS, rulingsExportSql } from './disputes-export';
import { ENCOUNTER_COLUMNS, encounterExportSql, encounterFilters } from './encounters-export';

const today = (): string => new Date().toISOString().slice(0, 10);

/** Builds each list's export (query, columns, file name) and hands it to the runner, which streams and audit-logs it. */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: ExportRunner,
    private readonly dashboardService: DashboardService,
  ) {}

  encounters(ctx: AuthedContext, query: EncounterListQuery, res: Response): Promise<void> {
    const [sql, params] = encounterExportSql(this.db, ctx.user, query);
    return this.runner.send(ctx, res, {
      action: 'export.encounters',
      fileName: `encounters-${today()}.csv`,
      filters: encounterFilters(query),
      columns: ENCOUNTER_COLUMNS,
      batches: rowBatches(this.db, EncounterExportRow, sql, params),
    });
  }

  disputes(ctx: AuthedContext, query: DisputeListQuery, res: Response): Promise<void> {
    const params: unknown[] = [];
    const sql = disputeRowsSql(disputeListWhere(ctx.user, query, params));
    const rows = rowBatches(this.db, DisputeRow, sql, params);
    // "Awaiting" is what the caller can act on now: the domain decides, row by row, as the list does.
    const batches =
      query.view === 'awaiting' ? filterBatches(rows, (r) => allowedActionsFor(ctx.user, r).length > 0) : rows;
    return this.runner.send(ctx, res, {
      action: 'export.disputes',
      fileName: `disputes-${query.view}-${today()}.csv`,
      filters: { ...query },
      columns: DISPUTE_COLUMNS,
      batches,
    });
  }

  rulings(ctx: AuthedContext, query: RulingsQuery, res: Response): Promise<void> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    const [sql, params] = rulingsExportSql(query);
    return this.runner.send(ctx, res, {
      action: 'export.rulings',
      fileName: `rulings-${today()}.csv`,
      filters,
      columns: RULING_COLUMNS,
      batches: rowBatches(this.db, RulingRow, sql, params),
    });
  }

  /** Dashboard tables are a few hundred rows at most (one per coder, month, auditor or category): built from the same DTO the screen reads. */
  async dashboard(ctx: AuthedContext, query: DashboardQuery, table: DashboardTable, res: Response): Promise<void> {
    const dto = await this.dashboardService.get(ctx, query);
    const filters = { ...dto.filters, table };
    const fileName = `dashboard-${table}-${dto.filters.from}-${dto.filters.to}.csv`;
    const send = <R>(columns: readonly CsvColumn<R>[], rows: R[]): Promise<void> =>
      this.runner.send(ctx, res, { action: 'export.dashboard', fileName, filters, columns, batches: [rows] });
    if (table === 'coders') return send(CODER_COLUMNS, dto.coders);
    if (table === 'trend') return send(TREND_COLUMNS, dto.trend.points);
    if (table === 'auditors') return send(AUDITOR_COLUMNS, dto.auditors);
    if (table === 'pareto') return send(PARETO_COLUMNS, dto.pareto);
    const teams: TeamRow[] = [];
    for (const team of dto.teams.filter((t) => !query.teamId || t.id === query.teamId)) {
      const one = await this.dashboardService.get(ctx, { ...query, teamId: team.id });
      teams.push({ teamId: team.id, team: team.name, totals: one.totals });
    }
    return send(TEAM_COLUMNS, teams);
  }

  auditLog(ctx: AuthedContext, query: AuditLogQuery, res: Response): Promise<void> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    const [sql, params] = auditLogExportSql(this.db, query);
    return this.runner.send(ctx, res, {
      action: 'export.audit_log',
      fileName: `audit-log-${today()}.csv`,
      filters,
      columns: AUDIT_LOG_COLUMNS,
      batches: rowBatches(this.db, AuditLogExportRow, sql, params),
    });
  }
}

async function* filterBatches<R>(batches: AsyncIterable<R[]>, keep: (row: R) => boolean): AsyncGenerator<R[]> {
  for await (const batch of batches) yield batch.filter(keep);
}
