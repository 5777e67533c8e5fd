import {
  ENCOUNTER_SETTINGS,
  FINDING_CATEGORIES,
  FINDING_DIRECTIONS,
  FINDING_STATUSES,
  FINDING_TYPES,
  ROOT_CAUSES,
  type AuditScoreDto,
} from '@recode/contracts';
import { z } from 'zod';
import { jsonObject } from '../../database/json-column';

// Named row shapes of the scores' raw SQL, checked at the boundary by database/sql.ts.

/** A reviewed record with its findings aggregated as JSON (loadScoredRecords). */
export const ScoredRecordRow = z.object({
  id: z.string(),
  coderId: z.string(),
  teamId: z.string().nullable(),
  month: z.string(),
  inReview: z.boolean(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  codesReviewed: z.number(),
  principalCodes: z.number(),
  findings: z
    .array(
      z.object({
        type: z.enum(FINDING_TYPES),
        category: z.enum(FINDING_CATEGORIES),
        principal: z.boolean(),
        rootCause: z.enum(ROOT_CAUSES).nullable(),
        status: z.enum(FINDING_STATUSES),
        direction: z.enum(FINDING_DIRECTIONS),
        paymentDelta: z.number().nullable(),
        weightDelta: z.number().nullable(),
      }),
    )
    .nullable(),
});

/** Released findings of a coder-month ("coderId|month") per auditor. */
export const AuditorFindingsRow = z.object({
  key: z.string(),
  stats: z.record(z.string(), z.object({ findings: z.number(), disputed: z.number(), lost: z.number() })),
});

/** A count under a "coderId|month" key. */
export const KeyCountRow = z.object({ key: z.string(), n: z.number() });

export const CoderCountRow = z.object({ coderId: z.string(), n: z.number() });

export const CoderMonthRow = z.object({ coderId: z.string(), month: z.string() });

export const TeamMonthRow = z.object({ teamId: z.string(), month: z.string() });

/** A stored score; its body was built by AuditScoresService.recompute. */
export const ScoreBodyRow = z.object({ kind: z.enum(['preliminary', 'final']), body: jsonObject<AuditScoreDto>() });
