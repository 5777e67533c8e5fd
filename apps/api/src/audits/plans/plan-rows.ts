import { z } from 'zod';
import { jsonObject } from '../../database/json-column';
import type { PlanRow } from './plan-mappers';

// Named row shapes of the plans' raw SQL, checked at the boundary by database/sql.ts.

/** One row of PLAN_COLUMNS; scope, method, rules and schedule were checked by the plan schemas when saved. */
export const StoredPlanRow = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  teamIds: z.array(z.string()),
  scope: jsonObject<PlanRow['scope']>(),
  method: jsonObject<PlanRow['method']>(),
  rules: jsonObject<NonNullable<PlanRow['rules']>>().nullable(),
  seed: z.string().nullable(),
  spares: z.number(),
  exclusionWindowDays: z.number().nullable(),
  dueInDays: z.number().nullable(),
  auditorIds: z.array(z.string()),
  schedule: jsonObject<NonNullable<PlanRow['schedule']>>().nullable(),
  schedulePattern: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
  lastAuditId: z.string().nullable(),
}) satisfies z.ZodType<PlanRow>;

export const AuditorRefRow = z.object({ id: z.string(), displayName: z.string() });
