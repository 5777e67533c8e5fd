import type { EncounterSettingCode } from '@recode/contracts';
import { DEMO_CODERS } from '../seed/demo-accounts';

export type CodingErrorKind =
  'wrong-principal' | 'missed-cc-mcc' | 'header-code' | 'wrong-modifier' | 'em-level' | 'poa';

export interface CoderProfile {
  externalId: string;
  team: string;
  /** First day the coder worked here; no encounter before it carries their id. */
  startedOn: string;
  /** Settings this coder codes, with weights (from the coder's team). */
  settings: readonly { item: EncounterSettingCode; weight: number }[];
  /** Chance that an encounter carries at least one coding error. */
  errorRate: number;
  kinds: readonly { item: CodingErrorKind; weight: number }[];
}

export const TEAM_SETTINGS: Readonly<Record<string, CoderProfile['settings']>> = {
  Inpatient: [{ item: 'inpatient', weight: 1 }],
  'Outpatient & ED': [
    { item: 'outpatient', weight: 3 },
    { item: 'ed', weight: 2 },
  ],
  'Professional fee': [{ item: 'profee', weight: 1 }],
};

const TEAM_KINDS: Readonly<Record<string, readonly CodingErrorKind[]>> = {
  Inpatient: ['missed-cc-mcc', 'wrong-principal', 'poa', 'header-code'],
  'Outpatient & ED': ['wrong-modifier', 'em-level', 'header-code', 'wrong-principal'],
  'Professional fee': ['em-level', 'wrong-modifier', 'wrong-principal', 'header-code'],
};

// From a careful 2% to a struggling 18%; the three newest coders (started 2026) are near the top.
const RATES = [
  0.02, 0.05, 0.03, 0.08, 0.04, 0.12, 0.06, 0.03, 0.1, 0.05, 0.15, 0.04, 0.07, 0.02, 0.09, 0.06, 0.11, 0.03, 0.05, 0.08,
  0.04, 0.16, 0.18, 0.14,
];

/**
 * One fixed profile per seeded coder (C001…C024): a property of the coder, not of the seed, so
 * every demo data set shows the same people making the same kinds of mistakes. Each coder has two
 * dominant error kinds (rotating through the team's list) and occasionally makes the others.
 */
export const CODER_PROFILES: readonly CoderProfile[] = DEMO_CODERS.map((coder, i) => {
  const kinds = TEAM_KINDS[coder.team] as readonly CodingErrorKind[];
  const first = kinds[Math.floor(i / 3) % kinds.length] as CodingErrorKind;
  const second = kinds[(Math.floor(i / 3) + 1) % kinds.length] as CodingErrorKind;
  return {
    externalId: coder.externalId,
    team: coder.team,
    startedOn: coder.startedOn,
    settings: TEAM_SETTINGS[coder.team] as CoderProfile['settings'],
    errorRate: RATES[i] ?? 0.05,
    kinds: kinds.map((kind) => ({ item: kind, weight: kind === first ? 6 : kind === second ? 3 : 1 })),
  };
});
