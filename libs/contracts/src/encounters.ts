import { z } from 'zod';

/** Care settings as stored: they decide which code sets, dates and POA rules apply. */
export const ENCOUNTER_SETTINGS = ['inpatient', 'outpatient', 'ed', 'profee'] as const;
export type EncounterSettingCode = (typeof ENCOUNTER_SETTINGS)[number];

/** The one name of each care setting wherever a person reads it: screens, exports, reports. */
export const SETTING_LABELS: Readonly<Record<EncounterSettingCode, string>> = {
  inpatient: 'Inpatient',
  outpatient: 'Outpatient',
  ed: 'Emergency department',
  profee: 'Professional fee',
};

export const ENCOUNTER_SORTS = ['date', '-date', 'externalId', '-externalId'] as const;
export type EncounterSort = (typeof ENCOUNTER_SORTS)[number];

const isoDate = z.iso.date();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const encounterListQuerySchema = z.object({
  coderId: z.string().uuid().optional(),
  teamId: z.string().uuid().optional(),
  setting: z.enum(ENCOUNTER_SETTINGS).optional(),
  /** Inclusive bounds on the encounter date (discharge for inpatient, service date otherwise). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  flagged: booleanQuery.optional(),
  /** Prefix of the external id (e.g. a claim number). */
  q: z.string().trim().min(1).max(64).optional(),
  sort: z.enum(ENCOUNTER_SORTS).default('-date'),
  /** Opaque keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type EncounterListQuery = z.infer<typeof encounterListQuerySchema>;

export interface EncounterCoderRef {
  id: string;
  externalId: string;
  displayName: string;
  teamId: string | null;
}

/**
 * A coder the caller may filter the encounters list by, with the team name: the list's filter
 * options, for roles that may not list coders or teams themselves (auditors).
 */
export interface EncounterCoderOptionDto extends EncounterCoderRef {
  teamName: string | null;
}

export interface EncounterCoderOptions {
  items: EncounterCoderOptionDto[];
}

export interface EncounterSummaryDto {
  id: string;
  source: string;
  externalId: string;
  setting: EncounterSettingCode;
  facility: string | null;
  encounterDate: string;
  fiscalYear: number;
  coder: EncounterCoderRef;
  drg: string | null;
  flagged: boolean;
  codeCount: number;
  versionCount: number;
  currentVersionId: string;
}

/**
 * Keyset paging: `nextCursor` fetches the following page. `total` counts at most `totalCap` rows
 * (counting a million rows exactly on every page would cost more than the page itself).
 */
export interface EncounterPage {
  items: EncounterSummaryDto[];
  nextCursor: string | null;
  total: number;
  totalIsCapped: boolean;
  totalCap: number;
}

export interface EncounterCodeDto {
  position: number;
  system: 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';
  code: string;
  description: string | null;
  sequence: number;
  principal: boolean;
  poa: string | null;
  modifiers: string[];
  units: number | null;
  line: number | null;
  /** The import's finding on this code (e.g. CODE_NOT_BILLABLE), if any. */
  issue: string | null;
}

export interface EncounterVersionSummaryDto {
  id: string;
  version: number;
  importId: string | null;
  flagged: boolean;
  createdAt: string;
}

export interface EncounterDetailDto {
  id: string;
  source: string;
  externalId: string;
  currentVersionId: string;
  version: {
    id: string;
    version: number;
    isCurrent: boolean;
    importId: string | null;
    setting: EncounterSettingCode;
    facility: string | null;
    payer: string | null;
    admissionDate: string | null;
    dischargeDate: string | null;
    serviceDate: string | null;
    encounterDate: string;
    fiscalYear: number;
    coder: EncounterCoderRef;
    drg: string | null;
    drgTitle: string | null;
    drgWeight: number | null;
    totalCharges: number | null;
    flagged: boolean;
    flags: string[];
    createdAt: string;
  };
  codes: EncounterCodeDto[];
  versions: EncounterVersionSummaryDto[];
}

export const encounterDetailQuerySchema = z.object({
  /** A version id; the current version when absent. */
  versionId: z.string().uuid().optional(),
});
export type EncounterDetailQuery = z.infer<typeof encounterDetailQuerySchema>;
