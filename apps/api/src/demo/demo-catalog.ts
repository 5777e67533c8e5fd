/**
 * Hand-picked, clinically plausible content for demo encounters: each case pairs a principal
 * diagnosis with its MS-DRG family (with MCC / with CC / without) and, for surgical cases, the
 * ICD-10-PCS procedure. Every code is checked against the FY2025 and FY2026 files at start
 * (see demo-code-sets.ts); anything not valid in both is left out.
 */
export interface InpatientCase {
  principal: string;
  drg: { mcc: string; cc: string; none: string };
  procedures: readonly string[];
  /** A symptom code a coder might wrongly put first instead of the principal diagnosis. */
  symptom: string;
  weight: number;
}

export const INPATIENT_CASES: readonly InpatientCase[] = [
  { principal: 'A419', drg: { mcc: '871', cc: '872', none: '872' }, procedures: [], symptom: 'R509', weight: 8 },
  { principal: 'J189', drg: { mcc: '193', cc: '194', none: '195' }, procedures: [], symptom: 'R0602', weight: 7 },
  { principal: 'I5033', drg: { mcc: '291', cc: '292', none: '293' }, procedures: [], symptom: 'R0602', weight: 6 },
  { principal: 'I5023', drg: { mcc: '291', cc: '292', none: '293' }, procedures: [], symptom: 'R0602', weight: 4 },
  { principal: 'J441', drg: { mcc: '190', cc: '191', none: '192' }, procedures: [], symptom: 'R0602', weight: 5 },
  { principal: 'N390', drg: { mcc: '689', cc: '690', none: '690' }, procedures: [], symptom: 'R4182', weight: 5 },
  { principal: 'N179', drg: { mcc: '682', cc: '683', none: '684' }, procedures: [], symptom: 'R4182', weight: 4 },
  { principal: 'I63512', drg: { mcc: '064', cc: '065', none: '066' }, procedures: [], symptom: 'R4182', weight: 3 },
  { principal: 'K922', drg: { mcc: '377', cc: '378', none: '379' }, procedures: [], symptom: 'D649', weight: 3 },
  { principal: 'L03115', drg: { mcc: '602', cc: '603', none: '603' }, procedures: [], symptom: 'R509', weight: 3 },
  { principal: 'E1165', drg: { mcc: '637', cc: '638', none: '639' }, procedures: [], symptom: 'R739', weight: 2 },
  { principal: 'I480', drg: { mcc: '308', cc: '309', none: '310' }, procedures: [], symptom: 'R0789', weight: 3 },
  {
    principal: 'M1611',
    drg: { mcc: '469', cc: '470', none: '470' },
    procedures: ['0SR9019'],
    symptom: 'M25551',
    weight: 3,
  },
  {
    principal: 'M1711',
    drg: { mcc: '469', cc: '470', none: '470' },
    procedures: ['0SRC0J9'],
    symptom: 'M25561',
    weight: 3,
  },
  {
    principal: 'K8010',
    drg: { mcc: '417', cc: '418', none: '419' },
    procedures: ['0FT44ZZ'],
    symptom: 'R1010',
    weight: 2,
  },
];

/** Secondary diagnoses that raise the DRG (MCC / CC type), the ones a coder may miss. */
export const MCC_SECONDARIES: readonly string[] = ['J9601', 'E43', 'N170', 'R6521', 'I5021', 'J690'];
export const CC_SECONDARIES: readonly string[] = ['E871', 'N179', 'D62', 'E440'];
/**
 * Diagnoses a coder would not report together: a specified and an unspecified code of one condition
 * (E1165 with E119, I480 with I4891), two grades of malnutrition, and hypertension with CKD or heart
 * failure (the guidelines presume the link and use I12/I13 instead of I10).
 */
const CONFLICTS: readonly (readonly [string, string])[] = [
  ['E11', 'E11'],
  ['I50', 'I50'],
  ['N17', 'N17'],
  ['I48', 'I48'],
  ['J44', 'J44'],
  ['J45', 'J45'],
  ['E66', 'E66'],
  ['E43', 'E44'],
  ['D62', 'D64'],
  ['I10', 'N18'],
  ['I10', 'I50'],
];

export function conflictingDiagnoses(a: string, b: string): boolean {
  return (
    a === b || CONFLICTS.some(([x, y]) => (a.startsWith(x) && b.startsWith(y)) || (a.startsWith(y) && b.startsWith(x)))
  );
}

/** Chronic conditions: no effect on the DRG. */
export const CHRONIC_SECONDARIES: readonly string[] = [
  'I10',
  'E119',
  'E785',
  'Z794',
  'K219',
  'F329',
  'Z87891',
  'E039',
  'N189',
  'Z7901',
  'G4733',
  'J45909',
  'E6601',
  'I2510',
  'N400',
  'Z9181',
  'D649',
  'E1151',
  'I739',
  'K5900',
  'F411',
  'Z7982',
  'Z7984',
  'Z951',
  'Z8673',
  'G8929',
  'M179',
  'H409',
  'E559',
  'F17210',
  'R262',
  'I4891',
  'E1140',
  'G629',
  'M810',
  'Z86711',
  'E669',
  'K5730',
  'Z79899',
  'I252',
  'J449',
  'R7303',
  'E876',
  'I959',
];

export type EmFamily = 'ed' | 'office-new' | 'office-established' | 'hospital-initial';

export const EM_CODES: Readonly<Record<EmFamily, readonly string[]>> = {
  ed: ['99281', '99282', '99283', '99284', '99285'],
  'office-new': ['99202', '99203', '99204', '99205'],
  'office-established': ['99212', '99213', '99214', '99215'],
  'hospital-initial': ['99221', '99222', '99223'],
};

export interface ServiceLine {
  code: string;
  system: 'CPT' | 'HCPCS';
  modifiers?: readonly string[];
  units?: number;
  charge: number;
}

export interface VisitTemplate {
  diagnoses: readonly string[];
  em: EmFamily | null;
  lines: readonly ServiceLine[];
  weight: number;
}

const cpt = (code: string, charge: number, modifiers: readonly string[] = [], units = 1): ServiceLine => ({
  code,
  system: 'CPT',
  charge,
  modifiers,
  units,
});
const hcpcs = (code: string, charge: number, units = 1): ServiceLine => ({ code, system: 'HCPCS', charge, units });

export const VISITS: Readonly<Record<'outpatient' | 'ed' | 'profee', readonly VisitTemplate[]>> = {
  outpatient: [
    { diagnoses: ['Z1211'], em: null, lines: [cpt('45378', 1850)], weight: 4 },
    { diagnoses: ['K635', 'Z1211'], em: null, lines: [cpt('45385', 2300)], weight: 3 },
    { diagnoses: ['Z1231'], em: null, lines: [cpt('77067', 320)], weight: 4 },
    { diagnoses: ['R0602', 'J45909'], em: null, lines: [cpt('71046', 260)], weight: 3 },
    { diagnoses: ['E119', 'I10'], em: null, lines: [cpt('80053', 95), cpt('83036', 60), cpt('36415', 20)], weight: 4 },
    { diagnoses: ['M25561'], em: null, lines: [cpt('73562', 240), cpt('20610', 410, ['RT'])], weight: 2 },
    { diagnoses: ['H2511'], em: null, lines: [cpt('66984', 3900, ['RT'])], weight: 2 },
  ],
  ed: [
    {
      diagnoses: ['R079', 'I10'],
      em: 'ed',
      lines: [cpt('93010', 90), cpt('71046', 260), cpt('85025', 40), cpt('80048', 55), cpt('36415', 20)],
      weight: 5,
    },
    { diagnoses: ['S0990XA'], em: 'ed', lines: [cpt('70450', 1200)], weight: 3 },
    { diagnoses: ['S61411A'], em: 'ed', lines: [cpt('12002', 520)], weight: 3 },
    { diagnoses: ['J069'], em: 'ed', lines: [], weight: 3 },
    {
      diagnoses: ['R1010'],
      em: 'ed',
      lines: [cpt('74177', 2400), cpt('85025', 40), cpt('80053', 95), cpt('36415', 20), hcpcs('J7030', 150)],
      weight: 3,
    },
    {
      diagnoses: ['N390'],
      em: 'ed',
      lines: [cpt('81001', 45), cpt('87086', 60), cpt('96372', 110), hcpcs('J1100', 35)],
      weight: 2,
    },
  ],
  profee: [
    { diagnoses: ['I10', 'E785'], em: 'office-established', lines: [], weight: 6 },
    { diagnoses: ['E119', 'E785'], em: 'office-established', lines: [cpt('83036', 60)], weight: 5 },
    { diagnoses: ['J029'], em: 'office-new', lines: [cpt('87880', 45)], weight: 3 },
    { diagnoses: ['M5450'], em: 'office-established', lines: [], weight: 3 },
    { diagnoses: ['F411'], em: 'office-new', lines: [], weight: 2 },
    { diagnoses: ['Z0000', 'E6601', 'Z6841'], em: null, lines: [cpt('99396', 310)], weight: 2 },
    { diagnoses: ['L821'], em: 'office-established', lines: [cpt('11102', 210)], weight: 2 },
    { diagnoses: ['M25561'], em: 'office-established', lines: [cpt('20610', 410, ['RT'])], weight: 2 },
    { diagnoses: ['J189', 'J9601'], em: 'hospital-initial', lines: [], weight: 2 },
  ],
};

export const HOSPITALS = ['Northside General Hospital', 'Riverside Medical Center', 'St. Anne Hospital'] as const;
/** Outpatient and professional services are also billed from the clinic; stays and ED visits only from hospitals. */
export const FACILITIES = [...HOSPITALS, 'Lakeview Clinic'] as const;
export const PAYERS = ['Medicare', 'Medicaid', 'Blue Cross', 'Aetna', 'UnitedHealthcare', 'Self-pay'] as const;
