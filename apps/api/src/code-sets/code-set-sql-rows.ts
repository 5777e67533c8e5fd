import { CODE_SET_SYSTEMS } from '@recode/contracts';
import { z } from 'zod';

// Named row shapes of the code-sets module's raw SQL, checked at the boundary by database/sql.ts.

/** A loaded set as the catalog reads it (dates as text). */
export const LoadedCodeSetRow = z.object({
  id: z.number(),
  system: z.enum(CODE_SET_SYSTEMS),
  version: z.string(),
  fiscalYear: z.number().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string(),
  rowCount: z.number(),
  checksum: z.string(),
});

/** One code's billable flag and descriptions (the lookup). */
export const CodeDescriptionsRow = z.object({
  billable: z.boolean(),
  shortDescription: z.string(),
  longDescription: z.string(),
});

/** A whole set aggregated into two strings (code-set-index-reader.ts); null when the set is empty. */
export const AggregatedCodesRow = z.object({ codes: z.string().nullable(), flags: z.string().nullable() });

/** One MS-DRG of a year's table (weights cast to float8 in the SQL). */
export const MsDrgRow = z.object({
  drg: z.string(),
  version: z.string(),
  fiscalYear: z.number(),
  mdc: z.string().nullable(),
  type: z.string().nullable(),
  title: z.string(),
  /** Null for 998/999, which CMS does not weight. */
  relativeWeight: z.number().nullable(),
  gmlos: z.number().nullable(),
});

/** Billable codes per set. */
export const BillableCountRow = z.object({ id: z.number(), n: z.number() });

/** The upserted set (`xmax <> 0`: it replaced an existing row). */
export const SavedCodeSetRow = z.object({ id: z.number(), replaced: z.boolean(), row_count: z.number() });
/** A set already loaded from a file, for the same-checksum skip. */
export const ExistingCodeSetRow = z.object({ id: z.number(), checksum: z.string(), row_count: z.number() });
/** The first code a file lists twice, with both line numbers. */
export const DuplicateCodeRow = z.object({ code: z.string(), first: z.number(), second: z.number() });
