import type { AuditPlanDto } from '@recode/contracts';
import { useTeams } from '../../teams';
import { usePlanAuditors } from '../api/use-plan-auditors';
import { describeMethod, describePeriod, describeRules, describeSchedule } from '../plan-describe';

const listOr = (items: readonly string[] | undefined, none: string): string =>
  items?.length ? items.join(', ') : none;

/** Everything a saved plan says, in words; names resolved where the lists are at hand. */
export function PlanFacts({ plan }: { plan: AuditPlanDto }) {
  const teams = useTeams();
  const auditors = usePlanAuditors();
  const { scope } = plan;
  const teamNames = plan.teamIds.map((id) => teams.data?.find((team) => team.id === id)?.name ?? id);
  const auditorNames = plan.auditorIds.map(
    (id) => auditors.data?.find((auditor) => auditor.id === id)?.displayName ?? id,
  );

  return (
    <dl className="facts" aria-label="Plan settings">
      <dt>Dates</dt>
      <dd>{describePeriod(scope)}</dd>
      <dt>Facilities</dt>
      <dd>{listOr(scope.facilities, 'All')}</dd>
      <dt>Settings</dt>
      <dd>{listOr(scope.settings, 'All')}</dd>
      <dt>Teams</dt>
      <dd>{scope.teamIds?.length ? teamNames.join(', ') : `All of yours (${teamNames.join(', ') || 'none'})`}</dd>
      <dt>Coders</dt>
      <dd>{scope.coderIds?.length ? `${scope.coderIds.length} chosen` : 'All in scope'}</dd>
      <dt>Payers</dt>
      <dd>{listOr(scope.payers, 'All')}</dd>
      <dt>Flagged only</dt>
      <dd>{scope.flaggedOnly ? 'Yes' : 'No'}</dd>
      <dt>Method</dt>
      <dd>{describeMethod(plan.method)}</dd>
      <dt>Targeting</dt>
      <dd>{describeRules(plan.rules)}</dd>
      <dt>Seed</dt>
      <dd className="mono">{plan.seed ?? 'generated at each run (stored with the audit)'}</dd>
      <dt>Spares</dt>
      <dd>{plan.spares}</dd>
      <dt>Exclusion window</dt>
      <dd>{plan.exclusionWindowDays === null ? 'Administrator’s setting' : `${plan.exclusionWindowDays} days`}</dd>
      <dt>Due after</dt>
      <dd>{plan.dueInDays === null ? 'Administrator’s setting' : `${plan.dueInDays} days`}</dd>
      <dt>Auditors</dt>
      <dd>{auditorNames.length ? auditorNames.join(', ') : 'Every active auditor'}</dd>
      <dt>Schedule</dt>
      <dd>
        {describeSchedule(plan.schedule)}
        {plan.schedulePattern ? <span className="muted mono"> ({plan.schedulePattern})</span> : null}
      </dd>
    </dl>
  );
}
