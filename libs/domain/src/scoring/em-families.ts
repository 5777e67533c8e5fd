/**
 * CPT evaluation-and-management families whose codes are levels of one service: within a family a
 * different code is a different level (an E/M level change); across families it is a different
 * service (a revised CPT code, e.g. new vs established patient). Codes are ordered low → high level.
 * Time-based or single-code services (critical care 99291–99292, prolonged 99417/99418) are left out.
 * Retired codes (99201 in 2021; 99241, 99251, 99343 and observation 99218–99226 in 2023) stay listed
 * so older encounters still pair correctly.
 */
export interface EmFamily {
  id: string;
  label: string;
  codes: readonly string[];
}

export const EM_FAMILIES: readonly EmFamily[] = [
  { id: 'office_new', label: 'Office/outpatient, new patient', codes: ['99201', '99202', '99203', '99204', '99205'] },
  {
    id: 'office_established',
    label: 'Office/outpatient, established patient',
    codes: ['99211', '99212', '99213', '99214', '99215'],
  },
  { id: 'hospital_initial', label: 'Hospital inpatient/observation, initial', codes: ['99221', '99222', '99223'] },
  {
    id: 'hospital_subsequent',
    label: 'Hospital inpatient/observation, subsequent',
    codes: ['99231', '99232', '99233'],
  },
  { id: 'hospital_discharge', label: 'Hospital discharge day management', codes: ['99238', '99239'] },
  { id: 'observation_initial', label: 'Initial observation care (retired 2023)', codes: ['99218', '99219', '99220'] },
  {
    id: 'observation_subsequent',
    label: 'Subsequent observation care (retired 2023)',
    codes: ['99224', '99225', '99226'],
  },
  {
    id: 'office_consult',
    label: 'Office/outpatient consultation',
    codes: ['99241', '99242', '99243', '99244', '99245'],
  },
  {
    id: 'inpatient_consult',
    label: 'Inpatient/observation consultation',
    codes: ['99251', '99252', '99253', '99254', '99255'],
  },
  { id: 'emergency', label: 'Emergency department', codes: ['99281', '99282', '99283', '99284', '99285'] },
  { id: 'nursing_initial', label: 'Nursing facility, initial', codes: ['99304', '99305', '99306'] },
  { id: 'nursing_subsequent', label: 'Nursing facility, subsequent', codes: ['99307', '99308', '99309', '99310'] },
  { id: 'home_new', label: 'Home or residence, new patient', codes: ['99341', '99342', '99343', '99344', '99345'] },
  {
    id: 'home_established',
    label: 'Home or residence, established patient',
    codes: ['99347', '99348', '99349', '99350'],
  },
];

const LEVEL_BY_CODE = new Map<string, { family: EmFamily; level: number }>(
  EM_FAMILIES.flatMap((family) => family.codes.map((code, index) => [code, { family, level: index + 1 }] as const)),
);

/** The E/M family and 1-based level of a CPT code, or null when the code is not a leveled E/M service. */
export function emLevelOf(cptCode: string): { family: EmFamily; level: number } | null {
  return LEVEL_BY_CODE.get(cptCode) ?? null;
}

export function sameEmFamily(a: string, b: string): boolean {
  const left = emLevelOf(a);
  return left !== null && left.family.id === emLevelOf(b)?.family.id;
}
