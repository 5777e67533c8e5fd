import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { msDrgVersionFor } from '@recode/domain';
import { parse } from 'csv-parse/sync';
import {
  DEMO_DATA_DIR,
  importIssues,
  loadDemoReference,
  runDemo,
  type DemoReference,
  type DemoRow,
  type DemoRun,
} from '../../test/support/demo-run';
import { DEMO_CODERS } from '../seed/demo-accounts';
import { CC_SECONDARIES, INPATIENT_CASES, MCC_SECONDARIES } from './demo-catalog';
import { DEMO_YEARS } from './demo-code-sets';

const ENCOUNTERS = 3000;
let ref: DemoReference;
let run: DemoRun;
beforeAll(async () => {
  ref = await loadDemoReference();
  run = await runDemo(ref, ENCOUNTERS, 'shape');
}, 300_000);

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const teamOf = new Map(DEMO_CODERS.map((c) => [c.externalId, c.team]));

describe('demo generator: reproducible output', () => {
  it('writes byte-identical files for the same seed and different ones for another seed', async () => {
    const [a, b, other] = [
      await runDemo(ref, 300, 'alpha'),
      await runDemo(ref, 300, 'alpha'),
      await runDemo(ref, 300, 'beta'),
    ];
    expect(a.csv.length).toBeGreaterThan(10_000);
    expect(sha(b.csv)).toBe(sha(a.csv));
    expect(sha(b.truthCsv)).toBe(sha(a.truthCsv));
    expect(b.summary).toEqual(a.summary);
    // Another seed: other encounters (ids carry the seed), and other content once the ids are set aside.
    expect(sha(other.csv)).not.toBe(sha(a.csv));
    const body = (csv: string): string => csv.replace(/^([^,]*),D[A-Za-z0-9]+-/gm, '$1,');
    expect(body(other.csv)).not.toBe(body(a.csv));
    expect([...a.coded.keys()][0]).toBe('Dalpha-0000001');
    expect(a.coded.size).toBe(300);
  });
});

describe('demo generator: what the data looks like', () => {
  const encounters = (): DemoRow[][] => [...run.truth.values()];

  it('spreads encounters over 20+ coders in all three teams, each on their team’s settings only', () => {
    const coders = new Set(encounters().map((rows) => rows[0]?.coder_id as string));
    expect(coders.size).toBeGreaterThanOrEqual(20);
    const teams = new Map<string, Set<string>>();
    for (const id of coders)
      teams.set(teamOf.get(id) ?? 'unknown', (teams.get(teamOf.get(id) ?? 'unknown') ?? new Set()).add(id));
    expect([...teams.keys()].sort()).toEqual(['Inpatient', 'Outpatient & ED', 'Professional fee']);
    for (const members of teams.values()) expect(members.size).toBeGreaterThanOrEqual(6);
    const allowed: Record<string, string[]> = {
      Inpatient: ['inpatient'],
      'Outpatient & ED': ['outpatient', 'ed'],
      'Professional fee': ['profee'],
    };
    for (const [first] of encounters())
      expect(allowed[teamOf.get(first?.coder_id as string) as string]).toContain(first?.setting);
  });

  it('never dates an encounter before its coder started', () => {
    const started = new Map(DEMO_CODERS.map((c) => [c.externalId, c.startedOn]));
    const newest = DEMO_CODERS.filter((c) => c.startedOn >= '2026-01-01').map((c) => c.externalId);
    expect(newest.length).toBeGreaterThan(0);
    for (const [first] of encounters()) {
      const date = (first?.discharge_date || first?.service_date) as string;
      expect(date >= (started.get(first?.coder_id as string) as string)).toBe(true);
    }
    expect(encounters().some(([first]) => newest.includes(first?.coder_id as string))).toBe(true);
  });

  it('mixes the four settings, each with the dates, codes and DRG that setting has', () => {
    const count: Record<string, number> = {};
    for (const rows of encounters()) {
      const first = rows[0] as DemoRow;
      count[first.setting as string] = (count[first.setting as string] ?? 0) + 1;
      const systems = new Set(rows.map((r) => r.code_system));
      const diagnoses = rows.filter((r) => r.code_system === 'ICD-10-CM');
      expect(diagnoses.filter((r) => r.principal === 'Y')).toHaveLength(1);
      if (first.setting === 'inpatient') {
        const stay =
          (Date.parse(first.discharge_date as string) - Date.parse(first.admission_date as string)) / 86_400_000;
        expect(stay).toBeGreaterThanOrEqual(1);
        expect(stay).toBeLessThanOrEqual(9);
        expect(first.drg).toMatch(/^\d{3}$/);
        expect(first.service_date).toBe('');
        expect(diagnoses.length).toBeGreaterThanOrEqual(4);
        expect(systems.has('CPT')).toBe(false);
      } else {
        expect([first.drg, first.admission_date, first.discharge_date]).toEqual(['', '', '']);
        expect(first.service_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(systems.has('ICD-10-PCS')).toBe(false);
        expect(systems.has('CPT') || systems.has('HCPCS')).toBe(true);
      }
      const emd = rows.filter((r) => /^9928\d$/.test(r.code as string));
      expect(emd.length).toBe(first.setting === 'ed' ? 1 : 0);
    }
    expect(Object.keys(count).sort()).toEqual(['ed', 'inpatient', 'outpatient', 'profee']);
    for (const n of Object.values(count)) {
      expect(n / ENCOUNTERS).toBeGreaterThan(0.08);
      expect(n / ENCOUNTERS).toBeLessThan(0.5);
    }
  });

  it('gives every stay a DRG of that year’s MS-DRG version whose severity matches the coded CC/MCC, and charges that follow its weight', async () => {
    const weights = new Map<number, Map<string, number>>();
    for (const fy of DEMO_YEARS) {
      const rows = parse(readFileSync(path.join(DEMO_DATA_DIR, `msdrg-${msDrgVersionFor(fy)}.csv`)), {
        columns: true,
      }) as { drg: string; relative_weight: string }[];
      weights.set(fy, new Map(rows.map((r) => [r.drg, Number(r.relative_weight)])));
    }
    expect(ref.codeSets.cases).toHaveLength(INPATIENT_CASES.length); // no catalog case fell out for an invalid code
    const perWeight: number[] = [];
    const levels = new Set<string>();
    for (const rows of encounters().filter((r) => r[0]?.setting === 'inpatient')) {
      const first = rows[0] as DemoRow;
      const discharge = first.discharge_date as string;
      const fy = Number(discharge.slice(0, 4)) + (discharge.slice(5) >= '10-01' ? 1 : 0);
      const weight = weights.get(fy)?.get(first.drg as string);
      expect(weight).toBeGreaterThan(0);
      const codes = rows.map((r) => r.code as string);
      const level = codes.some((c) => MCC_SECONDARIES.includes(c))
        ? 'mcc'
        : codes.some((c) => CC_SECONDARIES.includes(c) && c !== first.code)
          ? 'cc'
          : 'none';
      const family = INPATIENT_CASES.find((c) => c.principal === first.code);
      expect(family?.drg[level]).toBe(first.drg);
      levels.add(level);
      perWeight.push(Number(first.total_charges) / (weight as number));
    }
    expect([...levels].sort()).toEqual(['cc', 'mcc', 'none']);
    // Charges are weight × a base rate × ±20 %: the spread of charge per unit of weight stays narrow.
    expect(Math.max(...perWeight) / Math.min(...perWeight)).toBeLessThan(1.5);
  });

  it('writes correct codings (the truth) that pass every import check of their own year', async () => {
    const problems = importIssues(ref, run.truthCsv).map((p) => `${p.encounterId} ${p.code}: ${p.message}`);
    expect(problems).toEqual([]);
    const diagnosisKeys = encounters()
      .flat()
      .filter((r) => r.code_system === 'ICD-10-CM')
      .map((r) => `${r.encounter_id}:${r.code}`);
    expect(new Set(diagnosisKeys).size).toBe(diagnosisKeys.length); // no diagnosis listed twice on one encounter
  });
});
