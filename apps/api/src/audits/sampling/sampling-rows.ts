import { AUDIT_STATUSES, type AuditPlanSnapshot } from '@recode/contracts';
import { z } from 'zod';
import { jsonObject } from '../../database/json-column';
import { StoredPlanRow } from '../plans/plan-rows';

// Named row shapes of the sampling's raw SQL, checked at the boundary by database/sql.ts.

/** The audit a sampling job draws. */
export const SamplingAuditRow = z.object({
  id: z.string(),
  status: z.enum(AUDIT_STATUSES),
  seed: z.string(),
  teamIds: z.array(z.string()),
  snapshot: jsonObject<AuditPlanSnapshot>(),
});

/** The plan a scheduled run draws from. */
export const ScheduledPlanRow = StoredPlanRow.pick({
  id: true,
  name: true,
  teamIds: true,
  scope: true,
  method: true,
  rules: true,
  seed: true,
  spares: true,
  exclusionWindowDays: true,
  dueInDays: true,
  auditorIds: true,
  createdById: true,
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
