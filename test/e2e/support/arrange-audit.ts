// Arranging an audit through the API for the review-screen specs: import records, plan them for one
// auditor (with spares when asked), draw, and wait until the audit is in review.
import { apiAs, importEncounters, until } from './journey';
import { DEMO_USERS, type DemoUser } from './stack';

export interface ArrangedAudit {
  auditId: string;
  planId: string;
}

export interface ArrangeOptions {
  csv: string;
  source: string;
  facility: string;
  name: string;
  sampleSize: number;
  spares?: number;
  /** The encounter dates the plan covers, when the plan's default period would miss them. */
  period?: { dateFrom: string; dateTo: string };
  /** The auditor's display name: 'Alex Auditor' (auditor@) unless told. */
  auditor?: string;
  /** Who plans and draws it: the supervisor (Inpatient, Outpatient & ED) unless told. */
  planner?: DemoUser;
}

export async function arrangeAudit(options: ArrangeOptions): Promise<ArrangedAudit> {
  await importEncounters(options.csv, options.source);
  const supervisor = await apiAs(options.planner ?? DEMO_USERS.supervisor);
  const auditors = (await supervisor<{ id: string; displayName: string }[]>('GET', '/api/audit-plans/auditors')).body;
  const auditor = auditors.find((a) => a.displayName === (options.auditor ?? 'Alex Auditor'));
  const plan = await supervisor('POST', '/api/audit-plans', {
    name: options.name,
    scope: { facilities: [options.facility], ...options.period },
    method: { type: 'simpleRandom', sampleSize: options.sampleSize },
    spares: options.spares ?? 0,
    seed: 7,
    exclusionWindowDays: 0,
    auditorIds: [auditor?.id],
  });
  expect(plan.status).toBe(201);
  const run = await supervisor('POST', `/api/audit-plans/${plan.body.id}/run`, {});
  if (run.status !== 202) throw new Error(`drawing the audit: ${run.status} ${JSON.stringify(run.body)}`);
  const auditId = run.body.id as string;
  const sampled = await until(
    'sampling',
    () => supervisor('GET', `/api/audits/${auditId}`),
    (r) => r.body?.status !== 'sampling',
    60_000,
  );
  expect(sampled.body.status).toBe('in_review');
  return { auditId, planId: plan.body.id as string };
}

/** The CSV header of the code-lines layout with the inpatient columns. */
export const INPATIENT_HEADER =
  'encounter_id,setting,coder_id,admission_date,discharge_date,facility,drg,code_system,code,sequence,principal,poa';
