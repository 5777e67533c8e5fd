import { AUDIT_STATUSES, type AuditPlanSnapshot } from '@recode/contracts';
import { z } from 'zod';
import { jsonObject } from '../../database/json-column';
import type { PlanRow } from '../plans/plan-mappers';

// Named row shapes of the sampling's raw SQL, checked at the boundary by database/sql.ts.

/** The audit a sampling job draws. */
export const SamplingAuditRow = z.object({
  id: z.string(),
  status: z.enum(AUDIT_STATUSES),
  seed: z.string(),
  teamIds: z.array(z.string()),
  snapshot: jsonObject<AuditPlanSnapshot>(),
});

/** The plan a scheduled run draws from (its fields were checked by the plan schemas when saved). */
export const ScheduledPlanRow = z.object({
  id: z.string(),
  name: z.string(),
  teamIds: z.array(z.string()),
  scope: jsonObject<PlanRow['scope']>(),
  method: jsonObject<PlanRow['method']>(),
  rules: jsonObject<NonNullable<PlanRow['rules']>>().nullable(),
  seed: z.string().nullable(),
  spares: z.number(),
  exclusionWindowDays: z.number().nullable(),
  dueInDays: z.number().nullable(),
  auditorIds: z.array(z.string()),
  createdById: z.string().nullable(),
});

export const RunKeyAuditRow = z.object({ id: z.string(), status: z.enum(AUDIT_STATUSES) });

/** An active auditor with their open items. */
export const AuditorLoadRow = z.object({ id: z.string(), coderId: z.string().nullable(), load: z.number() });

/** The whole frame as two texts (frame-loader.ts explains the format). */
export const FrameTextRow = z.object({ coders: z.string().nullable(), frame: z.string().nullable() });

/** Frame size per coder, and how many of their versions sort below the pivot. */
export const CoderFrameCountRow = z.object({ key: z.string(), size: z.number(), below: z.number() });

/** A version with its coder. */
export const VersionCoderRow = z.object({ id: z.string(), coder: z.string() });

export const FrameHashRow = z.object({ hash: z.string() });

export const IsolationRow = z.object({ level: z.string() });

export const SnapshotIdRow = z.object({ snapshot: z.string() });

export const LockHeldRow = z.object({ held: z.boolean() });
