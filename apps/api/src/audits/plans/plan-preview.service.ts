import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditPlanSnapshot, PlanPreviewDto } from '@recode/contracts';
import { previewPlan, roundTo } from '@recode/domain';
import { DataSource } from 'typeorm';
import { selectRows } from '../../database/sql';
import { AuditSettingsService } from '../../settings';
import { CoderNameRow } from '../audit-sql-rows';
import { loadFrame } from '../sampling/frame-loader';
import { frameNeeds } from '../sampling/plan-definition';
import { buildSnapshot, frameScopeOf, samplePlanOf, type PlanFields } from '../sampling/run-snapshot';
import { mapSamplingErrors } from '../sampling/sampling-errors';

/** Frame size and expected sample per coder, before anything is drawn; the same checks (and 4xx errors) as a run. */
@Injectable()
export class PlanPreviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: AuditSettingsService,
  ) {}

  async snapshot(planId: string | null, plan: PlanFields, now = new Date()): Promise<AuditPlanSnapshot> {
    return buildSnapshot(this.db.manager, planId, plan, await this.settings.get(), now);
  }

  async preview(planId: string | null, plan: PlanFields, teamIds: readonly string[]): Promise<PlanPreviewDto> {
    const snapshot = await this.snapshot(planId, plan);
    return this.previewSnapshot(snapshot, teamIds);
  }

  async previewSnapshot(snapshot: AuditPlanSnapshot, teamIds: readonly string[]): Promise<PlanPreviewDto> {
    const frame = await loadFrame(
      this.db,
      frameScopeOf(snapshot, teamIds),
      frameNeeds(snapshot.rules),
      snapshot.exclusionWindowDays,
    );
    // No seed is consumed by a preview; any valid text will do.
    const result = mapSamplingErrors(() =>
      previewPlan(frame.items, samplePlanOf(snapshot, 'preview'), { excludedIds: frame.excludedIds }),
    );
    const coderIds = result.perCoder.map((c) => c.coderId);
    const coders = await selectRows(
      this.db,
      CoderNameRow,
      'SELECT id, external_id AS "externalId", display_name AS "displayName" FROM coders WHERE id = ANY($1::uuid[])',
      [coderIds],
    );
    const byId = new Map(coders.map((c) => [c.id, c]));
    return {
      frameSize: result.frameSize,
      scopeSize: result.scopeSize,
      excludedCount: result.excludedCount,
      filteredOutCount: result.filteredOutCount,
      sampleSize: result.sampleSize,
      spareCount: result.spareCount,
      exclusionWindowDays: snapshot.exclusionWindowDays,
      period: snapshot.period,
      // Expected counts are means (4.000000000000002 is 4): four decimals say all there is.
      perCoder: result.perCoder.map((c) => ({
        ...c,
        expectedSampleSize: roundTo(c.expectedSampleSize, 4),
        externalId: byId.get(c.coderId)?.externalId ?? '',
        displayName: byId.get(c.coderId)?.displayName ?? '',
      })),
      perStratum: result.perStratum,
    };
  }
}
