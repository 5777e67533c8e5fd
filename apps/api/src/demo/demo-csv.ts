import { csvField } from '../csv-export';
import type { DemoEncounter } from './demo-encounter';

/** The code-lines layout (see imports/layouts/layout-columns.ts), one row per code. */
export const DEMO_CSV_HEADER =
  'source,encounter_id,facility,setting,admission_date,discharge_date,service_date,payer,coder_id,drg,total_charges,age,sex,discharge_status,code_system,code,sequence,principal,poa,modifiers,units,line\n';

const SYSTEM_TEXT = { ICD10CM: 'ICD-10-CM', ICD10PCS: 'ICD-10-PCS', CPT: 'CPT', HCPCS: 'HCPCS' } as const;

/**
 * The grouper's inputs of an inpatient demo stay, derived from its id (not from the generator's random
 * stream, so every other demo value stays as it was): age 25–94, sex, mostly discharged home (01),
 * some to a skilled nursing facility (03) or home health (06), a few expired (20).
 */
export function demoDemographics(e: DemoEncounter): [string, string, string] {
  if (e.setting !== 'inpatient') return ['', '', ''];
  let h = 2166136261;
  for (let i = 0; i < e.externalId.length; i++) h = Math.imul(h ^ e.externalId.charCodeAt(i), 16777619) >>> 0;
  const status = ['01', '01', '01', '01', '01', '01', '03', '06', '06', '20'][h % 10] as string;
  return [String(25 + ((h >>> 4) % 70)), (h >>> 12) % 2 ? 'F' : 'M', status];
}

export function demoCsvRows(e: DemoEncounter, source: string): string {
  const head = [
    source,
    e.externalId,
    e.facility,
    e.setting,
    e.admissionDate,
    e.dischargeDate,
    e.serviceDate,
    e.payer,
    e.coder,
    e.drg,
    e.charges,
    ...demoDemographics(e),
  ]
    .map(csvField)
    .join(',');
  const sequence = { dx: 0, px: 0 };
  let out = '';
  for (const c of e.codes) {
    const kind = c.system === 'ICD10CM' ? 'dx' : c.system === 'ICD10PCS' ? 'px' : null;
    const seq = kind ? (sequence[kind] += 1) : (c.line ?? 0);
    const principal = kind ? (c.principal ? 'Y' : 'N') : '';
    out += `${head},${SYSTEM_TEXT[c.system]},${c.code},${seq},${principal},${c.poa},${c.modifiers.join(' ')},${c.units ?? ''},${c.line ?? ''}\n`;
  }
  return out;
}
