import type { AuditPlanSnapshot, AuditSettingsDto, PlanMethod, PlanRules, PlanScope } from '@recode/contracts';
import type { SamplePlan } from '@recode/domain';
import type { EntityManager } from 'typeorm';
import { selectRows } from '../../database/sql';
import { IdRow } from '../../database/rows';
import type { FrameScope } from './frame-loader';
import { resolvePeriod, ruleListKey, toDomainPlan, toTargetingRule } from './plan-definition';

export interface PlanFields {
  scope: PlanScope;
  method: PlanMethod;
  rules: PlanRules | null;
  spares: number;
  exclusionWindowDays: number | null;
  dueInDays: number | null;
  auditorIds: string[];
}

/** Coder ids for the rules that name coders, resolved now so a redraw later sees the same lists. */
async function resolveCoderLists(
  m: EntityManager,
  rules: PlanRules | null,
  now: Date,
): Promise<Record<string, string[]>> {
  const lists: Record<string, string[]> = {};
  for (const [index, rule] of (rules?.rules ?? []).entries()) {
    if (rule.type === 'newCoders') {
      const rows = await selectRows(
        m,
        IdRow,
        `SELECT id FROM coders WHERE started_on IS NOT NULL AND started_on >= ($1::date - $2::int) ORDER BY id`,
        [now.toISOString().slice(0, 10), rule.startedWithinDays],
      );
      lists[ruleListKey(index)] = rows.map((r) => r.id);
    } else if (rule.type === 'codersBelowTarget') {
      // Weighted code accuracy pooled over the window's monthly rollups: 1 − Σ weighted errors / Σ weighted codes.
      const rows = await selectRows(
        m,
        IdRow,
        `SELECT scope_id AS id FROM score_rollups
          WHERE scope = 'coder' AND month >= (date_trunc('month', $1::date) - make_interval(months => $2::int))::date
          GROUP BY scope_id HAVING sum(weighted_codes) > 0 AND 1 - sum(weighted_errors) / sum(weighted_codes) < $3
          ORDER BY scope_id`,
        [now.toISOString().slice(0, 10), rule.lookbackMonths, rule.target],
      );
      lists[ruleListKey(index)] = rows.map((r) => r.id);
    }
  }
  return lists;
}

export async function buildSnapshot(
  m: EntityManager,
  planId: string | null,
  plan: PlanFields,
  settings: AuditSettingsDto,
  now: Date,
): Promise<AuditPlanSnapshot> {
  return {
    planId,
    scope: plan.scope,
    period: resolvePeriod(plan.scope, now),
    method: plan.method,
    rules: plan.rules,
    resolvedCoderLists: await resolveCoderLists(m, plan.rules, now),
    spares: plan.spares,
    exclusionWindowDays: plan.exclusionWindowDays ?? settings.exclusionWindowDays,
    dueInDays: plan.dueInDays ?? settings.dueInDays,
    auditorIds: plan.auditorIds,
  };
}

export function frameScopeOf(snapshot: AuditPlanSnapshot, teamIds: readonly string[]): FrameScope {
  const { scope, period } = snapshot;
  return {
    teamIds,
    coderIds: scope.coderIds,
    settings: scope.settings,
    facilities: scope.facilities,
    payers: scope.payers,
    flaggedOnly: scope.flaggedOnly,
    from: period.from,
    to: period.to,
  };
}

export function samplePlanOf(snapshot: AuditPlanSnapshot, seed: string): SamplePlan {
  return toDomainPlan(
    snapshot.method,
    seed,
    snapshot.spares,
    toTargetingRule(snapshot.rules, snapshot.resolvedCoderLists),
  );
}
