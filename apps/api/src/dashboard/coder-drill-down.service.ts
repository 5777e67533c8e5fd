import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DRILL_DOWN_RECORDS_LIMIT,
  type CoderDrillDownDto,
  type CoderDrillDownQuery,
  type DrgDashboardDto,
} from '@recode/contracts';
import { DataSource } from 'typeorm';
import {
  COUNTED_AUDIT,
  FINDING_COUNTS_AGAINST_CODER,
  findingWeightSql,
  RANDOM_AUDIT,
  unsettledStatus,
} from '../audits';
import { AuditLogService } from '../audit-log';
import { AppError } from '../common/errors';
import { selectRow, selectRows } from '../database/sql';
import type { AuthedContext } from '../common/request-context';
import { ShortLivedCache } from '../common/short-lived-cache';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { AuditSettingsService } from '../settings';
import { IdRow } from '../database/rows';
import { AuditNameRow, CoderInfoRow, DrillAuditCountRow, DrillRecordRow } from './dashboard-rows';
import { resolveMonths, rowFilter, visibleTeamIds } from './dashboard-scope';
import { totalsOf } from './dashboard-shape';
import { drgDashboard } from './drg-accuracy';
import { recordRows } from './record-rows';
import { rollupRows } from './rollup-rows';

/**
 * Dashboard → coder → audits → records: the coder's reviewed records in the period, grouped by audit,
 * each with its finding count and coder-caused weighted errors. The record links to the audit item
 * (GET /audits/:auditId/items/:itemId), which shows its findings.
 */
@Injectable()
export class CoderDrillDownService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: AuditSettingsService,
    private readonly auditLog: AuditLogService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new ShortLivedCache(config.DASHBOARD_CACHE_MS);
  }

  private readonly cache: ShortLivedCache<CoderDrillDownDto>;

  /** Reused like the dashboard's answers: per visible scope, coder and filters, for DASHBOARD_CACHE_MS. */
  async get(ctx: AuthedContext, coderId: string, query: CoderDrillDownQuery): Promise<CoderDrillDownDto> {
    const visible = visibleTeamIds(ctx.user);
    const key = JSON.stringify([
      visible === null ? 'all' : [...visible].sort(),
      coderId,
      resolveMonths(query),
      query.setting ?? null,
      query.facility ?? null,
    ]);
    const result = await this.cache.get(key, () => this.compute(ctx, coderId, query));
    // It lists encounter records; every read is audit-logged, cached answers included.
    await this.auditLog.record(ctx, {
      action: 'dashboard.coder_viewed',
      entityType: 'coder',
      entityId: coderId,
      details: { query, records: result.audits.reduce((sum, a) => sum + a.records.length, 0) },
    });
    return result;
  }

  /** The coder's MS-DRG accuracy, change dollars and shifts (404 for a coder outside the caller's teams). */
  async drg(ctx: AuthedContext, coderId: string, query: CoderDrillDownQuery): Promise<DrgDashboardDto> {
    const coder = await selectRow(
      this.db,
      IdRow,
      'SELECT id FROM coders WHERE id = $1 AND ($2::uuid[] IS NULL OR team_id = ANY($2::uuid[]))',
      [coderId, visibleTeamIds(ctx.user)],
    );
    if (!coder) throw new AppError(404, 'DASHBOARD_CODER_NOT_FOUND', 'No such coder');
    const months = resolveMonths(query);
    return drgDashboard(this.db, rowFilter(query, months, null, coderId), months);
  }

  private async compute(ctx: AuthedContext, coderId: string, query: CoderDrillDownQuery): Promise<CoderDrillDownDto> {
    const coder = await selectRow(
      this.db,
      CoderInfoRow,
      `SELECT c.id, c.external_id AS "externalId", c.display_name AS "displayName", c.team_id AS "teamId", t.name AS "teamName"
         FROM coders c LEFT JOIN teams t ON t.id = c.team_id WHERE c.id = $1 AND ($2::uuid[] IS NULL OR c.team_id = ANY($2::uuid[]))`,
      [coderId, visibleTeamIds(ctx.user)],
    );
    if (!coder) throw new AppError(404, 'DASHBOARD_CODER_NOT_FOUND', 'No such coder');
    const months = resolveMonths(query);
    const filter = rowFilter(query, months, null, coderId);
    const { scoringWeights: w } = await this.settings.get();
    // The newest records first (index on coder and date), and only then their findings: a coder can hold
    // thousands of reviewed records, and only DRILL_DOWN_RECORDS_LIMIT are listed.
    const rows = await selectRows(
      this.db,
      DrillRecordRow,
      `SELECT r.id AS "itemId", e.external_id AS "externalId", to_char(r.encounter_date, 'YYYY-MM-DD') AS "encounterDate", r.setting,
              coalesce(r.codes_reviewed, 0) AS "codesReviewed", r.audit_id AS "auditId", r.audit_name AS "auditName", r.audit_status AS "auditStatus",
              x.findings, x.coder_errors AS "coderErrors"
         FROM (SELECT i.id, i.encounter_id, i.encounter_date, i.setting, i.codes_reviewed, a.id AS audit_id, a.name AS audit_name, a.status AS audit_status
                 FROM audit_items i JOIN audits a ON a.id = i.audit_id
                WHERE i.coder_id = $1 AND i.status = 'reviewed' AND ${COUNTED_AUDIT}
                  AND i.encounter_date >= $2::date AND i.encounter_date < $3::date AND ($4::text IS NULL OR i.setting = $4::text)
                  AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM encounter_versions v WHERE v.id = i.encounter_version_id AND v.facility = $5::text))
                ORDER BY i.encounter_date DESC, i.id
                LIMIT ${DRILL_DOWN_RECORDS_LIMIT}) r
         JOIN encounters e ON e.id = r.encounter_id
         CROSS JOIN LATERAL (
           SELECT count(f.id)::int AS findings,
                  coalesce(sum(${findingWeightSql('$6::float8', '$7::float8')})
                    FILTER (WHERE ${FINDING_COUNTS_AGAINST_CODER}), 0)::float8 AS coder_errors
             FROM audit_findings f WHERE f.item_id = r.id) x
        ORDER BY r.encounter_date DESC, r.id`,
      [coderId, filter.fromDate, filter.toExclusive, filter.setting, filter.facility, w.principalWeight, w.otherWeight],
    );
    const counts = await selectRows(
      this.db,
      DrillAuditCountRow,
      `SELECT i.audit_id AS "auditId", count(*)::int AS records, bool_or(NOT ${RANDOM_AUDIT}) AS targeted,
              bool_or(a.status = 'in_review' OR EXISTS (SELECT 1 FROM audit_findings f WHERE f.item_id = i.id AND ${unsettledStatus('f.status')})) AS preliminary,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_findings f WHERE f.item_id = i.id AND ${FINDING_COUNTS_AGAINST_CODER}))::int AS "withError"
         FROM audit_items i JOIN audits a ON a.id = i.audit_id
        WHERE i.coder_id = $1 AND i.status = 'reviewed' AND ${COUNTED_AUDIT}
          AND i.encounter_date >= $2::date AND i.encounter_date < $3::date AND ($4::text IS NULL OR i.setting = $4::text)
          AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM encounter_versions v WHERE v.id = i.encounter_version_id AND v.facility = $5::text))
        GROUP BY i.audit_id`,
      [coderId, filter.fromDate, filter.toExclusive, filter.setting, filter.facility],
    );
    // The coder's figures from the dashboard's own rows (rollups, or the records under a setting/facility filter).
    const coderRows =
      filter.setting || filter.facility ? await recordRows(this.db, filter, w) : await rollupRows(this.db, filter);
    const audits = counts.map((c) => {
      const own = rows.filter((r) => r.auditId === c.auditId);
      const meta = own[0];
      return {
        auditId: c.auditId,
        name: meta?.auditName ?? '',
        status: meta?.auditStatus ?? '',
        recordsReviewed: c.records,
        recordsWithError: c.withError,
        preliminary: c.preliminary,
        targeted: c.targeted,
        records: own.map(({ itemId, externalId, encounterDate, setting, codesReviewed, findings, coderErrors }) => ({
          itemId,
          externalId,
          encounterDate,
          setting,
          codesReviewed,
          findings,
          coderErrors,
        })),
      };
    });
    await this.fillNames(audits);
    return {
      coder,
      filters: { ...months, setting: filter.setting, facility: filter.facility },
      audits: audits.sort((a, b) => a.name.localeCompare(b.name)),
      totals: totalsOf(coderRows),
      truncated: counts.reduce((sum, c) => sum + c.records, 0) > rows.length,
    };
  }

  /** Audits whose records all fell past the listing limit still need their name and status. */
  private async fillNames(audits: { auditId: string; name: string; status: string }[]): Promise<void> {
    const missing = audits.filter((a) => a.name === '');
    if (missing.length === 0) return;
    const rows = await selectRows(
      this.db,
      AuditNameRow,
      'SELECT id, name, status FROM audits WHERE id = ANY($1::uuid[])',
      [missing.map((a) => a.auditId)],
    );
    for (const a of missing)
      Object.assign(a, {
        name: rows.find((r) => r.id === a.auditId)?.name ?? '',
        status: rows.find((r) => r.id === a.auditId)?.status ?? '',
      });
  }
}
