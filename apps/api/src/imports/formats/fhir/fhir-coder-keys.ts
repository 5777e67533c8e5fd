import type { CoderKeyCandidate } from '../../coder-mapping/coder-attribution';
import type { R4Claim, Reference } from './fhir-types';

/** careTeam roles that code-bearing work is attributed to, most specific first (CARIN BB and claimcareteamrole codes). */
const ROLES = ['attending', 'rendering', 'performing', 'operating', 'primary'] as const;
const NPI_SYSTEM = 'http://hl7.org/fhir/sid/us-npi';

/**
 * The values a coder mapping may be keyed by on one EOB/Claim: its id, and the provider NPIs of its
 * careTeam (by role, attending first) then its billing `provider`. A reference to a contained
 * Practitioner/Organization is followed to that resource's NPI identifier.
 */
export function fhirCoderKeys(r: R4Claim): { claimId: CoderKeyCandidate; providers: CoderKeyCandidate[] } {
  const T = r.resourceType;
  const team = (r.careTeam ?? []).map((member, i) => ({
    role: (member.role?.coding ?? []).map((c) => c.code ?? '').find((c) => c) ?? '',
    value: identifierOf(member.provider, r),
    where: `${T}.careTeam[${i}].provider.identifier.value`,
  }));
  const providers: CoderKeyCandidate[] = [];
  for (const role of ROLES)
    for (const m of team.filter((t) => t.role === role))
      providers.push({ label: `${role} provider NPI`, value: m.value, where: m.where });
  providers.push({
    label: 'billing provider',
    value: identifierOf(r.provider, r),
    where: `${T}.provider.identifier.value`,
  });
  return { claimId: { label: 'claim id', value: r.id ?? '', where: `${T}.id` }, providers };
}

function identifierOf(ref: Reference | undefined, r: R4Claim): string {
  if (!ref) return '';
  if (ref.identifier?.value) return ref.identifier.value;
  const id = (ref.reference ?? '').startsWith('#') ? (ref.reference ?? '').slice(1) : '';
  const target = id ? (r.contained ?? []).find((c) => c.id === id) : undefined;
  const ids = target && 'identifier' in target ? (target.identifier ?? []) : [];
  const npi = ids.find(
    (x) => x.system === NPI_SYSTEM || (x.type?.coding ?? []).some((c) => c.code?.toLowerCase() === 'npi'),
  );
  return npi?.value ?? '';
}
