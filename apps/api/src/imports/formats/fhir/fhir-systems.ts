import type { CodeSystem } from '@recode/domain';
import type { CodeableConcept } from './fhir-types';

/** Canonical URIs (and the CMS Blue Button ones seen in CARIN BB exports) → our code systems. */
const SYSTEMS: Readonly<Record<string, CodeSystem | 'LINE'>> = {
  'http://hl7.org/fhir/sid/icd-10-cm': 'ICD10CM',
  // Blue Button labels US ICD-10-CM codes with the WHO URI; they are still checked against ICD-10-CM.
  'http://hl7.org/fhir/sid/icd-10': 'ICD10CM',
  'http://www.cms.gov/Medicare/Coding/ICD10': 'ICD10PCS',
  'http://hl7.org/fhir/sid/icd-10-pcs': 'ICD10PCS',
  'http://www.ama-assn.org/go/cpt': 'CPT',
  'urn:oid:2.16.840.1.113883.6.12': 'CPT',
  'http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets': 'LINE',
  'urn:oid:2.16.840.1.113883.6.285': 'LINE',
  'https://bluebutton.cms.gov/resources/codesystem/hcpcs': 'LINE',
};

const WHO_ICD10 = 'http://hl7.org/fhir/sid/icd-10';

export interface PickedCode {
  code: string;
  system: CodeSystem | 'LINE';
  index: number;
}

/**
 * The first coding of `concept` whose system is one of `wanted`; null with the systems seen when none
 * is (unknown systems are reported, never guessed). A coding without a system is "unknown" too.
 */
export function pick(
  concept: CodeableConcept | undefined,
  wanted: readonly (CodeSystem | 'LINE')[],
): { found: PickedCode | null; seen: string[] } {
  const codings = concept?.coding ?? [];
  for (const [index, c] of codings.entries()) {
    // The WHO URI also labels ICD-10-PCS procedures in Blue Button exports: read it by where it stands.
    const system =
      c.system === WHO_ICD10 && wanted.includes('ICD10PCS') ? 'ICD10PCS' : c.system ? SYSTEMS[c.system] : undefined;
    if (system && wanted.includes(system) && c.code)
      return { found: { code: c.code.replace('.', '').trim(), system, index }, seen: [] };
  }
  return { found: null, seen: codings.map((c) => c.system ?? '(no system)') };
}

export function codeOf(concept: CodeableConcept | undefined, systemSuffix?: string): string {
  const coding = (concept?.coding ?? []).find((c) => !systemSuffix || (c.system ?? '').endsWith(systemSuffix));
  return coding?.code ?? '';
}
