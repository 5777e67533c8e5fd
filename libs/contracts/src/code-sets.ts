import { z } from 'zod';

/**
 * Every reference list the product loads. HCPCS_MODIFIER is split from HCPCS because modifiers
 * qualify CPT codes too and are looked up on their own; POA_EXEMPT and MSDRG live in their own tables.
 */
export const CODE_SET_SYSTEMS = [
  'ICD10CM',
  'ICD10PCS',
  'HCPCS',
  'HCPCS_MODIFIER',
  'CPT',
  'POA_EXEMPT',
  'MSDRG',
] as const;
export type CodeSetSystem = (typeof CODE_SET_SYSTEMS)[number];

/** The systems whose codes can be looked up and searched (rows in the `codes` table). */
export const CODE_LOOKUP_SYSTEMS = ['ICD10CM', 'ICD10PCS', 'HCPCS', 'HCPCS_MODIFIER', 'CPT'] as const;
export type CodeLookupSystem = (typeof CODE_LOOKUP_SYSTEMS)[number];

export interface CodeSetDto {
  id: number;
  system: CodeSetSystem;
  version: string;
  fiscalYear: number | null;
  effectiveFrom: string;
  effectiveTo: string;
  sourceFile: string;
  rowCount: number;
  /** Codes valid for a claim (leaf codes); null for lists without that notion (POA-exempt, MS-DRG). */
  billableCount: number | null;
  checksum: string;
  loadedAt: string;
}

export const CODE_SET_ERROR_CODES = ['CODE_SET_FILE_INVALID', 'CODE_SET_NOT_LOADED'] as const;

const isoDate = z.iso.date('must be a date in the form YYYY-MM-DD');

export const codeLookupQuerySchema = z.object({
  system: z.enum(CODE_LOOKUP_SYSTEMS),
  code: z.string().trim().min(1, 'is required').max(20),
  date: isoDate,
});
export type CodeLookupQuery = z.infer<typeof codeLookupQuerySchema>;

interface LookupBase {
  system: CodeLookupSystem;
  /** The code as checked: upper case, no dot. */
  code: string;
}

/** Which list answered, and anything the caller should know about that choice. */
export interface CodeSetRef {
  version: string;
  fiscalYear: number | null;
  /** e.g. the HCPCS quarter of the date is not loaded and the nearest quarter was used instead. */
  warnings: string[];
}

/** The set a lookup was answered from. */
interface LookupCodeSet {
  codeSetVersion: string;
  fiscalYear: number | null;
  /** Non-empty when the date's own list is missing and a stand-in was used (HCPCS quarters). */
  warnings: string[];
}

export type CodeLookupResult =
  | (LookupBase &
      LookupCodeSet & { status: 'found'; billable: boolean; shortDescription: string; longDescription: string })
  /** A not_found with warnings (another HCPCS quarter stood in) may be a newer or older code: treat it as a warning. */
  | (LookupBase & LookupCodeSet & { status: 'not_found'; message: string })
  | (LookupBase & { status: 'no_code_set'; fiscalYear: number | null; message: string })
  | (LookupBase & { status: 'invalid_format'; message: string })
  /** CPT without a customer file: only the format could be checked. */
  | (LookupBase & { status: 'format_only'; category: 'I' | 'II' | 'III' | 'PLA'; message: string });

export const codeSearchQuerySchema = z
  .object({
    system: z.enum(CODE_LOOKUP_SYSTEMS),
    date: isoDate.optional(),
    fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
    q: z.string().trim().min(1, 'is required').max(100),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** Paging: how many ranked results to skip (the response's total says how many there are). */
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .superRefine((query, ctx) => {
    if ((query.date === undefined) === (query.fiscalYear === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give either date or fiscalYear (exactly one)' });
    }
  });
export type CodeSearchQuery = z.infer<typeof codeSearchQuerySchema>;

export interface CodeSearchHit {
  code: string;
  billable: boolean;
  /** Empty when descriptionLicensed is false (CPT without a customer file). */
  shortDescription: string;
  longDescription: string;
  /** The index term or synonym that found the code when its description did not ("Appendectomy → see Resection, Appendix"). */
  via?: string;
  /** False for a CPT code offered on its format alone: the AMA descriptions need a licensed file. */
  descriptionLicensed?: boolean;
}

export interface CodeSearchResponse {
  system: CodeLookupSystem;
  /** Null for CPT when no customer file covers the date: only the code format is checked. */
  codeSet: CodeSetRef | null;
  /** Every match, of which items are the page [offset, offset + limit). */
  total: number;
  offset: number;
  items: CodeSearchHit[];
  /** Something the user should know about the list (e.g. "CPT descriptions need a licensed file"). */
  note?: string;
}

/** Multipart fields sent with the customer's licensed CPT file (field `file`). */
export const cptUploadRequestSchema = z
  .object({
    version: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,40}$/, 'use 1-40 letters, digits, dot, dash or underscore (e.g. customer-2026)'),
    effectiveFrom: isoDate,
    /** Defaults to one year after effectiveFrom, less a day (CPT is released yearly). */
    effectiveTo: isoDate.optional(),
  })
  .refine((body) => body.effectiveTo === undefined || body.effectiveTo >= body.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'must not be before effectiveFrom',
  });
export type CptUploadRequest = z.infer<typeof cptUploadRequestSchema>;

export type CodeSetLoadStatus = 'loaded' | 'replaced' | 'skipped';

export interface CptUploadResponse {
  status: CodeSetLoadStatus;
  codeSet: CodeSetDto;
}
