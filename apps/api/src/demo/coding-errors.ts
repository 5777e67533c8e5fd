import type { CodingErrorKind, CoderProfile } from './coder-profiles';
import { INPATIENT_CASES } from './demo-catalog';
import type { DemoCodeSets } from './demo-code-sets';
import { cloneEncounter, type DemoEncounter } from './demo-encounter';
import type { DemoRandom } from './demo-random';

type Apply = (e: DemoEncounter, rng: DemoRandom, sets: DemoCodeSets) => boolean;

/**
 * What the coder submitted: the correct encounter with, at the coder's error rate, one mistake of a
 * kind drawn from the coder's profile (redrawn among the others when it does not apply).
 * Some mistakes the import catches (header codes, missing POA); the others only an audit finds.
 */
export function applyCodingErrors(
  truth: DemoEncounter,
  profile: CoderProfile,
  rng: DemoRandom,
  sets: DemoCodeSets,
): { coded: DemoEncounter; error: CodingErrorKind | null } {
  const coded = cloneEncounter(truth);
  if (!rng.chance(profile.errorRate)) return { coded, error: null };
  // A kind that does not fit this encounter is redrawn from the rest by the same weights, so the
  // coder's mix of mistakes keeps its shape (a fixed fallback order would inflate one kind).
  let remaining = profile.kinds;
  while (remaining.length) {
    const kind = rng.weighted(remaining);
    if (APPLY[kind](coded, rng, sets)) return { coded, error: kind };
    remaining = remaining.filter((k) => k.item !== kind);
  }
  return { coded, error: null };
}

const diagnoses = (e: DemoEncounter) => e.codes.filter((c) => c.system === 'ICD10CM');

const APPLY: Readonly<Record<CodingErrorKind, Apply>> = {
  'wrong-principal': (e) => {
    const [first, second] = diagnoses(e);
    if (!first) return false;
    const symptom = INPATIENT_CASES.find((c) => c.principal === first.code)?.symptom;
    if (e.setting === 'inpatient' && symptom) {
      // A sign or symptom sequenced before the condition that explains it; when the symptom is
      // already a secondary it trades places (a diagnosis is never listed twice).
      const listed = diagnoses(e).find((c) => c.code === symptom);
      if (listed) [listed.code, listed.poa, first.poa] = [first.code, first.poa, listed.poa];
      first.code = symptom;
      return true;
    }
    if (!second) return false;
    [first.code, second.code] = [second.code, first.code];
    [first.poa, second.poa] = [second.poa, first.poa];
    return true;
  },
  'missed-cc-mcc': (e) => {
    const index = e.codes.findIndex((c) => c.severity !== undefined);
    if (e.setting !== 'inpatient' || index < 0) return false;
    const [missed] = e.codes.splice(index, 1);
    const left = e.codes.some((c) => c.severity === 'mcc')
      ? 'mcc'
      : e.codes.some((c) => c.severity === 'cc')
        ? 'cc'
        : 'none';
    const family = INPATIENT_CASES.find((c) => c.principal === diagnoses(e)[0]?.code)?.drg;
    if (family && missed) e.drg = family[left]; // the coder's DRG follows the coder's codes
    return true;
  },
  'header-code': (e, rng, sets) => {
    const candidates = diagnoses(e).filter((c) => sets.headerOf(e.fiscalYear, c.code));
    if (!candidates.length) return false;
    const target = rng.pick(candidates);
    target.code = sets.headerOf(e.fiscalYear, target.code) as string;
    return true;
  },
  'wrong-modifier': (e, rng) => {
    const lines = e.codes.filter((c) => c.system === 'CPT' || c.system === 'HCPCS');
    if (!lines.length) return false;
    const sided = lines.find((c) => c.modifiers.includes('RT'));
    if (sided) sided.modifiers = sided.modifiers.map((m) => (m === 'RT' ? 'LT' : m));
    else {
      const withTwentyFive = lines.find((c) => c.modifiers.includes('25'));
      if (withTwentyFive) withTwentyFive.modifiers = withTwentyFive.modifiers.filter((m) => m !== '25');
      else rng.pick(lines).modifiers.push('59');
    }
    return true;
  },
  'em-level': (e, rng) => {
    const em = e.codes.find((c) => /^99(2[0-9]|28)\d$/.test(c.code));
    if (!em) return false;
    const level = Number(em.code.slice(-1));
    const family = em.code.slice(0, 4);
    const [min, max] = family === '9928' ? [1, 5] : family === '9920' ? [2, 5] : family === '9921' ? [2, 5] : [1, 3];
    const next = level === min ? level + 1 : level === max ? level - 1 : level + (rng.chance(0.6) ? 1 : -1);
    em.code = `${family}${next}`;
    return true;
  },
  poa: (e, rng, sets) => {
    const reportable = diagnoses(e).filter((c) => c.poa === 'Y' && !sets.isPoaExempt(e.fiscalYear, c.code));
    if (e.setting !== 'inpatient' || !reportable.length) return false;
    const target = rng.pick(reportable);
    target.poa = rng.chance(0.5) ? '' : 'N';
    return true;
  },
};
