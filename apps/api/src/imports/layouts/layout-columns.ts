import type { ImportLayout } from '@recode/contracts';

export interface LayoutColumns {
  layout: ImportLayout;
  required: readonly string[];
  optional: readonly string[];
  /** Columns whose presence alone says "this is that layout" (for auto-detection). */
  signature: readonly string[];
}

const slots = (prefix: string): string[] => Array.from({ length: 25 }, (_, i) => `${prefix}_${i + 1}`);

/**
 * Our own layout: one row per code; encounter fields repeat on each of its rows.
 * coder_id may be left out when the upload names a default coder.
 */
export const CODE_LINES_COLUMNS: LayoutColumns = {
  layout: 'code-lines',
  required: ['encounter_id', 'setting', 'code_system', 'code'],
  optional: [
    'source',
    'facility',
    'payer',
    'coder_id',
    'admission_date',
    'discharge_date',
    'service_date',
    'drg',
    'total_charges',
    'patient_ref',
    'sequence',
    'principal',
    'poa',
    'modifiers',
    'units',
    'line',
    // The grouper's inputs (see docs/grouper.md): age in years or birth date, sex, UB-04 patient status.
    'age',
    'birth_date',
    'sex',
    'discharge_status',
  ],
  signature: ['encounter_id', 'code_system', 'code'],
};

/** Claim extracts (CCLF / Tuva medical_claim): one row per claim line, diagnoses repeated on each line. */
export const CLAIM_LINES_COLUMNS: LayoutColumns = {
  layout: 'claim-lines',
  required: ['claim_id', 'claim_type', 'claim_start_date', 'claim_end_date', 'diagnosis_code_1'],
  optional: [
    'claim_line_number',
    'patient_id',
    'member_id',
    'claim_line_start_date',
    'claim_line_end_date',
    'admission_date',
    'discharge_date',
    'admit_source_code',
    'admit_type_code',
    'discharge_disposition_code',
    'place_of_service_code',
    'bill_type_code',
    'ms_drg_code',
    'apr_drg_code',
    'revenue_center_code',
    'service_unit_quantity',
    'hcpcs_code',
    ...['hcpcs_modifier_1', 'hcpcs_modifier_2', 'hcpcs_modifier_3', 'hcpcs_modifier_4', 'hcpcs_modifier_5'],
    'rendering_npi',
    'billing_npi',
    'facility_npi',
    'paid_date',
    'paid_amount',
    'total_cost_amount',
    'allowed_amount',
    'charge_amount',
    'diagnosis_code_type',
    ...slots('diagnosis_code').slice(1),
    ...slots('diagnosis_poa'),
    'procedure_code_type',
    ...slots('procedure_code'),
    ...slots('procedure_date'),
    'data_source',
    // Not in claim extracts; lets a file name the coder per claim instead of one default coder.
    'coder_id',
    // Not in Tuva medical_claim (it lives on patient/eligibility): the grouper's age, birth date and sex.
    'age',
    'birth_date',
    'sex',
    'gender',
  ],
  signature: ['claim_id', 'diagnosis_code_1'],
};

export const LAYOUT_COLUMNS: Readonly<Record<ImportLayout, LayoutColumns>> = {
  'code-lines': CODE_LINES_COLUMNS,
  'claim-lines': CLAIM_LINES_COLUMNS,
};
