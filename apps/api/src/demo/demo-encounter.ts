import type { EncounterSettingCode } from '@recode/contracts';

export interface DemoCode {
  system: 'ICD10CM' | 'ICD10PCS' | 'CPT' | 'HCPCS';
  code: string;
  principal: boolean;
  poa: string;
  modifiers: string[];
  units: number | null;
  line: number | null;
  /** Secondary diagnoses that set the DRG's severity level. */
  severity?: 'mcc' | 'cc';
}

export interface DemoEncounter {
  externalId: string;
  coder: string;
  setting: EncounterSettingCode;
  fiscalYear: number;
  facility: string;
  payer: string;
  admissionDate: string;
  dischargeDate: string;
  serviceDate: string;
  drg: string;
  charges: string;
  codes: DemoCode[];
}

export const dx = (code: string, principal: boolean, poa = ''): DemoCode => ({
  system: 'ICD10CM',
  code,
  principal,
  poa,
  modifiers: [],
  units: null,
  line: null,
});

export function cloneEncounter(e: DemoEncounter): DemoEncounter {
  return { ...e, codes: e.codes.map((c) => ({ ...c, modifiers: [...c.modifiers] })) };
}
