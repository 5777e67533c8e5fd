import { FINDING_DIRECTIONS, FINDING_IMPACTS, ROOT_CAUSES, type FindingReference } from '@recode/contracts';
import { z } from 'zod';
import { jsonObject } from '../../database/json-column';
import { ItemRow } from '../lifecycle/audit-mappers';
import { FindingRow } from './finding-mappers';

// Named row shapes of the review's raw SQL, checked at the boundary by database/sql.ts.

const sex = z.enum(['M', 'F', 'U']);

/** What the review screen shows of the encounter version beyond the item (ReviewReaderService.build). */
export const VersionExtrasRow = z.object({
  payer: z.string().nullable(),
  admissionDate: z.string().nullable(),
  dischargeDate: z.string().nullable(),
  serviceDate: z.string().nullable(),
  flags: z.array(z.string()),
  flagged: z.boolean(),
  age: z.number().nullable(),
  sex: sex.nullable(),
  status: z.string().nullable(),
  grouperDrg: z.string().nullable(),
  grouperVersion: z.string().nullable(),
  grouperReturnCode: z.string().nullable(),
  grouperMessage: z.string().nullable(),
  grouperMissing: z.array(z.string()),
  drgSource: z.enum(['grouper', 'override', 'billed']).nullable(),
  drgOverrideReason: z.string().nullable(),
});

/** A finding's classification as stored, kept by a re-derivation while its key survives. */
export const StoredClassificationRow = z.object({
  key: z.string(),
  rootCause: z.enum(ROOT_CAUSES).nullable(),
  impact: z.enum(FINDING_IMPACTS).nullable(),
  direction: z.enum(FINDING_DIRECTIONS),
  rationale: z.string().nullable(),
  reference: jsonObject<FindingReference>().nullable(),
});

export const FindingKeyRow = z.object({ key: z.string() });

/** A record's notes with who saved them last. */
export const NoteRow = z.object({
  notes: z.string(),
  documentationUrl: z.string().nullable(),
  updatedAt: z.date(),
  updatedById: z.string().nullable(),
  updatedByName: z.string().nullable(),
});

/** `overdue` is NULL for an open record without a due date (NULL < current_date). */
export const WorklistRow = ItemRow.extend({ auditName: z.string(), overdue: z.boolean().nullable() });

/** A released finding of the coder's own record. */
export const CoderFindingRow = FindingRow.extend({
  auditName: z.string(),
  releasedAt: z.date().nullable(),
  encounterExternalId: z.string(),
  encounterDate: z.string(),
});

/** The next spare of a stratum. */
export const SpareRow = z.object({ id: z.string(), coderId: z.string() });

/** The audit's auditors (from its plan snapshot) and due date, for a promoted spare. */
export const SpareAuditRow = z.object({ auditorIds: z.array(z.string()).nullable(), dueDate: z.string().nullable() });

export const DescriptionRow = z.object({ code: z.string(), description: z.string() });
