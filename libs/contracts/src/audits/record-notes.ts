import { z } from 'zod';

/**
 * An auditor's working notes on a record and a link to its clinical documentation. Seen by the record's
 * auditor, supervisors of the audit's teams and admins; never by the coder (the coder reads each finding's
 * rationale, which is what the audit stands on).
 */
export interface RecordNotesDto {
  itemId: string;
  notes: string;
  documentationUrl: string | null;
  updatedAt: string | null;
  updatedBy: { id: string; displayName: string } | null;
  /** Whether the reader may change them (the record's auditor while the audit is in review). */
  editable: boolean;
}

/** http and https only: a javascript: or data: link would run in the reader's session. */
export const documentationUrlSchema = z
  .string()
  .trim()
  .max(2000)
  // A scheme, a host (letters, digits, dots, hyphens, an optional port or IPv6 in brackets), then no spaces.
  .regex(
    /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?([/?#][^\s<>"]*)?$/i,
    'must be an http:// or https:// address',
  )
  .refine((value) => !/^https?:\/\/[.-]/i.test(value), 'must be an http:// or https:// address');

export const saveRecordNotesRequestSchema = z
  .object({
    notes: z.string().max(10_000),
    documentationUrl: z.union([documentationUrlSchema, z.literal('').transform(() => null), z.null()]),
  })
  .strict();
export type SaveRecordNotesRequest = z.infer<typeof saveRecordNotesRequestSchema>;
