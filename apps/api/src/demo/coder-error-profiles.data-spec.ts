import {
  importIssues,
  loadDemoReference,
  runDemo,
  type DemoReference,
  type DemoRow,
  type DemoRun,
} from '../../test/support/demo-run';
import { CODER_PROFILES, type CodingErrorKind } from './coder-profiles';
import { CC_SECONDARIES, MCC_SECONDARIES } from './demo-catalog';

// The planted mistakes are read back from the output alone: each coded encounter is compared with
// its correct coding (the --truth file) and the difference is named the way an auditor would.
const ENCOUNTERS = 8000;
let ref: DemoReference;
let run: DemoRun;
/** Encounter id → the mistake found in it (null: coded correctly). */
const found = new Map<string, CodingErrorKind | null>();

beforeAll(async () => {
  ref = await loadDemoReference();
  run = await runDemo(ref, ENCOUNTERS, 'profiles');
  for (const [id, coded] of run.coded) found.set(id, mistakeIn(coded, run.truth.get(id) ?? []));
}, 300_000);

const ALL_KINDS: readonly CodingErrorKind[] = [
  'wrong-principal',
  'missed-cc-mcc',
  'header-code',
  'wrong-modifier',
  'em-level',
  'poa',
];
const isDx = (r: DemoRow): boolean => r.code_system === 'ICD-10-CM';
const emLevel = /^99(20|21|22|28)(\d)$/;

/** Names the one difference between a coded encounter and its truth; throws on anything else. */
function mistakeIn(coded: DemoRow[], truth: DemoRow[]): CodingErrorKind | null {
  const id = truth[0]?.encounter_id;
  const [cd, td] = [coded.filter(isDx), truth.filter(isDx)];
  if (cd.length === td.length - 1) {
    const missed = td.find((t) => !cd.some((c) => c.code === t.code))?.code as string;
    if (![...MCC_SECONDARIES, ...CC_SECONDARIES].includes(missed))
      throw new Error(`${id}: dropped ${missed}, not a CC/MCC`);
    return 'missed-cc-mcc';
  }
  if (coded.length !== truth.length) throw new Error(`${id}: ${coded.length} rows coded, ${truth.length} true`);
  if (coded[0]?.drg !== truth[0]?.drg) throw new Error(`${id}: DRG changed without a missed CC/MCC`);
  const changed = coded
    .map((c, i) => ({ c, t: truth[i] as DemoRow }))
    .filter(({ c, t }) => ['code', 'poa', 'modifiers'].some((k) => c[k] !== t[k]));
  if (!changed.length) return null;
  const [{ c, t }] = changed as [{ c: DemoRow; t: DemoRow }];
  if (changed.length === 1 && isDx(c) && c.code !== t.code && (t.code as string).startsWith(c.code as string))
    return 'header-code';
  if (cd[0]?.code !== td[0]?.code) return 'wrong-principal';
  if (changed.every((x) => isDx(x.c) && x.c.code === x.t.code && x.c.poa !== x.t.poa)) return 'poa';
  const [em, trueEm] = [emLevel.exec(c.code as string), emLevel.exec(t.code as string)];
  if (em && trueEm && em[1] === trueEm[1] && Math.abs(Number(em[2]) - Number(trueEm[2])) === 1) return 'em-level';
  if (changed.length === 1 && c.code === t.code && c.modifiers !== t.modifiers) return 'wrong-modifier';
  throw new Error(`${id}: unexplained difference ${JSON.stringify(changed)}`);
}

interface Tally {
  encounters: number;
  errors: number;
  byKind: Partial<Record<CodingErrorKind, number>>;
}

function tallyByCoder(): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [id, kind] of found) {
    const coder = run.coded.get(id)?.[0]?.coder_id as string;
    const t = out.get(coder) ?? { encounters: 0, errors: 0, byKind: {} };
    t.encounters += 1;
    if (kind) {
      t.errors += 1;
      t.byKind[kind] = (t.byKind[kind] ?? 0) + 1;
    }
    out.set(coder, t);
  }
  return out;
}

const pooled = (tallies: Tally[], count: (t: Tally) => number, base: (t: Tally) => number): number =>
  tallies.reduce((s, t) => s + count(t), 0) /
  Math.max(
    1,
    tallies.reduce((s, t) => s + base(t), 0),
  );

describe('demo generator: each coder’s error profile shows in the data', () => {
  it('plants every kind of mistake, and the summary counts what the file holds', () => {
    const byKind: Record<string, number> = {};
    for (const kind of found.values()) if (kind) byKind[kind] = (byKind[kind] ?? 0) + 1;
    expect(byKind).toEqual(run.summary.errorsByKind);
    for (const kind of ALL_KINDS) expect(byKind[kind] ?? 0).toBeGreaterThanOrEqual(15);
    expect([...found.values()].filter(Boolean)).toHaveLength(run.summary.withErrors);
  });

  it('gives coders with a higher error rate more erroneous encounters, near their own rate', () => {
    const tallies = tallyByCoder();
    const byRate = [...CODER_PROFILES].sort((a, b) => a.errorRate - b.errorRate);
    const group = (profiles: typeof byRate): Tally[] => profiles.map((p) => tallies.get(p.externalId) as Tally);
    const careful = pooled(
      group(byRate.slice(0, 6)),
      (t) => t.errors,
      (t) => t.encounters,
    );
    const struggling = pooled(
      group(byRate.slice(-6)),
      (t) => t.errors,
      (t) => t.encounters,
    );
    expect(struggling).toBeGreaterThan(3 * careful);
    for (const p of CODER_PROFILES) {
      const t = tallies.get(p.externalId) as Tally;
      const sd = Math.sqrt((p.errorRate * (1 - p.errorRate)) / t.encounters);
      expect(Math.abs(t.errors / t.encounters - p.errorRate)).toBeLessThan(4 * sd + 0.01);
    }
  });

  it('makes each coder’s dominant kind of mistake far more often than coders for whom it is rare', () => {
    const tallies = tallyByCoder();
    for (const kind of ALL_KINDS) {
      const weightOf = (p: (typeof CODER_PROFILES)[number]): number =>
        p.kinds.find((k) => k.item === kind)?.weight ?? 0;
      const dominant = CODER_PROFILES.filter((p) => weightOf(p) === Math.max(...p.kinds.map((k) => k.weight)));
      const rare = CODER_PROFILES.filter(
        (p) => weightOf(p) > 0 && weightOf(p) === Math.min(...p.kinds.map((k) => k.weight)),
      );
      expect(dominant.length).toBeGreaterThan(0);
      const share = (ps: typeof dominant): number =>
        pooled(
          ps.map((p) => tallies.get(p.externalId) as Tally),
          (t) => t.byKind[kind] ?? 0,
          (t) => t.errors,
        );
      expect(share(dominant)).toBeGreaterThan(2 * share(rare));
    }
  });

  it('lets the import flag exactly the mistakes it can see (header codes, a blank POA) and nothing else', () => {
    const flagged = new Set(importIssues(ref, run.csv).map((i) => i.encounterId));
    const blankPoa = (id: string): boolean =>
      (run.coded.get(id) ?? []).some((r, i) => isDx(r) && r.poa === '' && run.truth.get(id)?.[i]?.poa !== '');
    const visible = [...found].filter(([id, kind]) => kind === 'header-code' || (kind === 'poa' && blankPoa(id)));
    expect(visible.length).toBeGreaterThan(0);
    expect([...flagged].sort()).toEqual(visible.map(([id]) => id).sort());
  });
});
