import { ENCOUNTER_SETTINGS } from '@recode/contracts';
import { z } from 'zod';

// Named row shapes of the encounters module's raw SQL, checked at the boundary by database/sql.ts.

/** One encounter version with its coder (VERSION_COLUMNS in encounter-detail.ts). */
export const VersionRow = z.object({
  id: z.string(),
  version: z.number(),
  import_id: z.string().nullable(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  facility: z.string().nullable(),
  payer: z.string().nullable(),
  admission_date: z.string().nullable(),
  discharge_date: z.string().nullable(),
  service_date: z.string().nullable(),
  encounter_date: z.string(),
  fiscal_year: z.number(),
  drg: z.string().nullable(),
  total_charges: z.number().nullable(),
  flags: z.array(z.string()),
  flagged: z.boolean(),
  created_at: z.date(),
  coder_id: z.string(),
  coder_external_id: z.string(),
  coder_name: z.string(),
  coder_team_id: z.string().nullable(),
});

/** One code line of a version, as stored. */
export const CodeLineRow = z.object({
  position: z.number(),
  system: z.enum(['ICD10CM', 'ICD10PCS', 'CPT', 'HCPCS']),
  code: z.string(),
  sequence: z.number(),
  principal: z.boolean(),
  poa: z.string().nullable(),
  modifiers: z.array(z.string()),
  units: z.number().nullable(),
  line: z.number().nullable(),
  issue: z.string().nullable(),
});

/** A version in an encounter's history list. */
export const VersionSummaryRow = z.object({
  id: z.string(),
  version: z.number(),
  import_id: z.string().nullable(),
  flagged: z.boolean(),
  created_at: z.date(),
});

/** A code's short description in a code set. */
export const DescriptionRow = z.object({ code: z.string(), description: z.string() });

/** One row of the encounters list (the list query's select in encounter-list.ts). */
export const SummaryRow = z.object({
  id: z.string(),
  source: z.string(),
  external_id: z.string(),
  setting: z.enum(ENCOUNTER_SETTINGS),
  facility: z.string().nullable(),
  encounter_date: z.string(),
  fiscal_year: z.number(),
  drg: z.string().nullable(),
  flagged: z.boolean(),
  code_count: z.number(),
  version_count: z.number(),
  current_version_id: z.string(),
  coder_id: z.string(),
  coder_external_id: z.string(),
  coder_name: z.string(),
  coder_team_id: z.string().nullable(),
});

/** The encounter a detail read starts from. */
export const EncounterRefRow = z.object({
  id: z.string(),
  source: z.string(),
  external_id: z.string(),
  current_version_id: z.string(),
});
