import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DashboardDto, DashboardQuery, DrgDashboardDto } from '@recode/contracts';
import { DataSource } from 'typeorm';
import type { AuthedContext } from '../common/request-context';
import { ShortLivedCache } from '../common/short-lived-cache';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { AuditSettingsService } from '../settings';
import type { CoderMonthRow, RowFilter } from './coder-month-row';
import { coderInfo, openDisputes, teamsOf, userNames } from './dashboard-lookups';
import { latestWorkMonth, resolveMonths, rowFilter, teamScope, visibleTeamIds } from './dashboard-scope';
import { auditorsOf, coderRowsOf, monthsOf, paretoOf, paymentOf, totalsOf, trendOf } from './dashboard-shape';
import { drgDashboard } from './drg-accuracy';
import { recordRows } from './record-rows';
import { rollupRows } from './rollup-rows';

/**
 * The supervisor dashboard. Without a setting or facility filter it reads the score rollups (small,
 * kept current by the rollups job); with one it computes the same rows from the reviewed records in
 * one statement, since the rollups do not split by setting or facility.
 */
@Injectable()
export class DashboardService {
  private readonly cache: ShortLivedCache<DashboardDto>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: AuditSettingsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new ShortLivedCache(config.DASHBOARD_CACHE_MS);
  }

  /**
   * The answer depends only on the teams the caller may see and the filters, so callers with the same
   * scope share it for DASHBOARD_CACHE_MS (the rollups themselves lag by the job's run anyway).
   */
  get(ctx: AuthedContext, query: DashboardQuery): Promise<DashboardDto> {
    const visible = visibleTeamIds(ctx.user);
    const key = JSON.stringify([
      visible === null ? 'all' : [...visible].sort(),
      resolveMonths(query),
      query.teamId ?? null,
      query.setting ?? null,
      query.facility ?? null,
      query.basis ?? null,
    ]);
    return this.cache.get(key, () => this.compute(ctx, query));
  }

  private async compute(ctx: AuthedContext, query: DashboardQuery): Promise<DashboardDto> {
    const teamIds = await teamScope(this.db, ctx.user, query.teamId);
    const latest =
      !query.from && !query.to && query.basis !== 'review' ? await latestWorkMonth(this.db, teamIds) : null;
    const months = resolveMonths(latest ? { to: latest } : query);
    const filter = rowFilter(query, months, teamIds, null);
    const settings = await this.settings.get();
    const source = filter.setting || filter.facility || filter.basis === 'review' ? 'records' : 'rollups';
    const rows = await this.rows(filter, source, settings.scoringWeights);
    const coderIds = [...new Set(rows.map((r) => r.coderId))];
    const auditorIds = [...new Set(rows.flatMap((r) => Object.keys(r.auditorFindings)))];
    const [coders, disputes, names, teams] = await Promise.all([
      coderInfo(this.db, coderIds),
      openDisputes(this.db, coderIds, filter),
      userNames(this.db, auditorIds),
      teamsOf(this.db, visibleTeamIds(ctx.user)),
    ]);
    const monthList = monthsOf(months.from, months.to);
    return {
      filters: {
        ...months,
        basis: filter.basis ?? 'encounter',
        setting: filter.setting,
        teamId: query.teamId ?? null,
        facility: filter.facility,
      },
      target: settings.accuracyTarget,
      source,
      teams,
      totals: totalsOf(rows),
      trend: trendOf(rows, monthList),
      coders: coderRowsOf(rows, coders, disputes, settings.accuracyTarget),
      pareto: paretoOf(rows),
      auditors: auditorsOf(rows, names),
      payment: paymentOf(rows, monthList),
    };
  }

  /** MS-DRG accuracy per coder and team, DRG-change dollars and shifts, over the same scope and period rules as get(). */
  async drg(ctx: AuthedContext, query: DashboardQuery): Promise<DrgDashboardDto> {
    const teamIds = await teamScope(this.db, ctx.user, query.teamId);
    const latest =
      !query.from && !query.to && query.basis !== 'review' ? await latestWorkMonth(this.db, teamIds) : null;
    const months = resolveMonths(latest ? { to: latest } : query);
    return drgDashboard(this.db, rowFilter(query, months, teamIds, null), months);
  }

  private rows(
    filter: RowFilter,
    source: 'rollups' | 'records',
    weights: { principalWeight: number; otherWeight: number },
  ): Promise<CoderMonthRow[]> {
    return source === 'rollups' ? rollupRows(this.db, filter) : recordRows(this.db, filter, weights);
  }
}
