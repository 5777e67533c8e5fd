import { runRatStatsCommand } from '../../src/cli/ratstats-command';
import type { ApiClient } from '../support/test-app';
import { waitSampled } from './audit-test-kit';

export interface RatStatsCliRandom {
  sample: [number, number][];
  spares: [number, number][];
  sum: number;
  frame_size: number;
}

/** `npm run --silent ratstats -- random` without the process: what a reviewer gets for the same input. */
export function ratstatsCli(input: { seed: number; n: number; low: number; high: number; spares: number }) {
  const out = runRatStatsCommand('random', JSON.stringify(input));
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout) as RatStatsCliRandom;
}

/** Saves the plan, runs it, waits for the sample; answers the run's response too (a 4xx stops there). */
export async function runPlan(client: ApiClient, body: Record<string, unknown>, run: Record<string, unknown> = {}) {
  const created = await client.post('/api/audit-plans', body);
  expect(created.status).toBe(201);
  return client.post(`/api/audit-plans/${created.body.id}/run`, run);
}

/** A plan run to in_review, with its items (spares included) in draw order. */
export async function drawnAudit(client: ApiClient, body: Record<string, unknown>) {
  const started = await runPlan(client, body);
  expect(started.status).toBe(202);
  const audit = (await waitSampled(client, started.body.id)).body;
  expect(audit.status).toBe('in_review');
  const items = (await client.get(`/api/audits/${audit.id}/items?includeSpares=true`)).body as any[];
  return { audit, items };
}
