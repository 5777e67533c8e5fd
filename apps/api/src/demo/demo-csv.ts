import { csvField } from '../exports/csv';
import type { DemoEncounter } from './demo-encounter';

/** The code-lines layout (see imports/layouts/layout-columns.ts), one row per code. */
export const DEMO_CSV_HEADER =
  'source,encounter_id,facility,setting,admission_date,discharge_date,service_date,payer,coder_id,drg,total_charges,code_system,code,sequence,principal,poa,modifiers,units,line\n';

const SYSTEM_TEXT = { ICD10CM: 'ICD-10-CM', ICD10PCS: 'ICD-10-PCS', CPT: 'CPT', HCPCS: 'HCPCS' } as const;

export function demoCsvRows(e: DemoEncounter, source: string): string {
  const head = [source, e.externalId, e.facility, e.setting, e.admissionDate, e.dischargeDate, e.serviceDate, e.payer, e.coder, e.drg, e.charges].map(csvField).join(',');
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
