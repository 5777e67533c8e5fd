import { compileFormula, OperandInterner } from './formula';
import type {
  Cluster,
  DrgInfo,
  DxEntry,
  DxPattern,
  FormulaRow,
  GrouperTables,
  HacFormula,
  PrPattern,
} from './tables-types';
import { NAMED_OPERANDS } from './tables-types';
import { tsvRows, words } from './tsv';
import type { GrouperReturnCode, MedSurg } from './types';

/** The text of each table file of one version (already decompressed); names follow the data files. */
export interface GrouperTableTexts {
  readonly version: string;
  readonly drg: string;
  readonly mdc: string;
  readonly dx: string;
  readonly dxSexMdc: string;
  readonly pdxCcExclusionGroup: string;
  /** cc_exclusion_groups.tsv: shared by every version. */
  readonly ccExclusionGroups: string;
  readonly pr: string;
  readonly prClusterIds: string;
  readonly clusters: string;
  readonly drgFormulas: string;
  readonly hacCodes: string;
  readonly hacFormulas: string;
}

const TRAUMA_SITES = ['sthead', 'stchest', 'stabdom', 'stkidney', 'sturin', 'stpel', 'stuplimb', 'stlolimb'];
const BILATERAL_SITES = ['righthip', 'lefthip', 'leftknee', 'rightknee', 'leftankle', 'rightankle'];

const medSurg = (type: string): MedSurg => (type === 'SURGICAL' ? 'SURGICAL' : type === 'MEDICAL' ? 'MEDICAL' : 'NONE');

function rowError(formula: string): GrouperReturnCode | null {
  if (/\bINVALID_DSTAT\b/.test(formula)) return 'INVALID_DISCHARGE_STATUS';
  if (/\bINVALID_SEX\b/.test(formula)) return 'INVALID_SEX';
  if (/\bINVALID_PDX\b/.test(formula)) return 'INVALID_PDX';
  return null;
}

function buildFormulas(text: string, interner: OperandInterner): Map<number, FormulaRow[]> {
  const byMdc = new Map<number, FormulaRow[]>();
  for (const r of tsvRows(text)) {
    const [mdc, rank, drg, , type, , reroute, , suppression, formula] = r;
    const row: FormulaRow = {
      mdc: Number(mdc),
      rank: Number(rank),
      drg: Number(drg),
      type: medSurg(type),
      rerouteMdc: Number(reroute),
      suppression: words(suppression),
      error: Number(drg) === 0 && Number(reroute) === 0 ? rowError(formula ?? '') : null,
      text: formula ?? '',
      test: compileFormula(formula ?? '', interner),
    };
    const list = byMdc.get(row.mdc) ?? [];
    list.push(row);
    byMdc.set(row.mdc, list);
  }
  // Rank order decides; rows of equal rank keep their file order (Array.prototype.sort is stable).
  for (const list of byMdc.values()) list.sort((a, b) => a.rank - b.rank);
  return byMdc;
}

function ids(interner: OperandInterner, names: readonly string[]): number[] {
  const out: number[] = [];
  for (const name of names) {
    const id = interner.lookup(name);
    if (id >= 0 && !out.includes(id)) out.push(id);
  }
  return out;
}

function buildDx(
  tables: { dx: string; hacCodes: Map<string, string[]> },
  interner: OperandInterner,
): Map<string, DxEntry> {
  const patterns = new Map<string, DxPattern>();
  const dx = new Map<string, DxEntry>();
  for (const [code, mdc, severity, attrCell, catCell] of tsvRows(tables.dx)) {
    const hacOperands = tables.hacCodes.get(code) ?? [];
    const key = `${attrCell}\t${catCell ?? ''}\t${hacOperands.join(' ')}`;
    let pattern = patterns.get(key);
    if (!pattern) {
      const attrs = [...words(attrCell), ...words(catCell)];
      const all = [...attrs, ...hacOperands];
      let traumaSites = 0;
      TRAUMA_SITES.forEach((site, bit) => (traumaSites |= attrs.includes(site) ? 1 << bit : 0));
      pattern = {
        attrs,
        hacOperands,
        traumaSites,
        asPrincipal: ids(
          interner,
          all.flatMap((a) => [a, `ANY:${a}`, `PDX:${a}`]),
        ),
        asSecondary: ids(
          interner,
          attrs.flatMap((a) => [a, `ANY:${a}`, `SDX:${a}`]),
        ),
        ecode: attrs.includes('ecode'),
        mccAlive: attrs.includes('mccalive'),
        incident: attrs.includes('incident'),
      };
      patterns.set(key, pattern);
    }
    dx.set(code, { mdc: Number(mdc), severity: severity === 'MCC' ? 2 : severity === 'CC' ? 1 : 0, pattern });
  }
  return dx;
}

function count(attrs: readonly string[], name: string): number {
  return attrs.filter((a) => a === name).length;
}

function prPattern(attrs: string[], hacOperands: string[], interner: OperandInterner): PrPattern {
  let bilateral = 0;
  BILATERAL_SITES.forEach((site, bit) => (bilateral |= attrs.includes(site) ? 1 << bit : 0));
  let vessels = 0;
  let stentWeight = 0;
  for (const a of attrs) {
    const vessel = /^vessel.*([1-9])$/.exec(a);
    if (vessel) vessels += Number(vessel[1]);
    const stent = /^stent.*([1-4])$/.exec(a);
    if (stent) stentWeight = Number(stent[1]);
  }
  const withOr = attrs.includes('d468') || attrs.includes('d477') ? [...attrs, 'ORPROC'] : attrs;
  return {
    attrs,
    hacOperands,
    bilateral,
    vessels,
    stentWeight,
    ids: ids(
      interner,
      withOr.flatMap((a) => [a, `ANY:${a}`]),
    ),
    drugStent: attrs.includes('NORdrugstent'),
    plainStent: attrs.includes('NORstent'),
    sglantfuse: count(attrs, 'sglantfuse'),
    sglpostfuse1: count(attrs, 'sglpostfuse1'),
    sglpostfuse: count(attrs, 'sglpostfuse'),
    sglantsectXfuse: count(attrs, 'sglantsectXfuse'),
  };
}

function buildPr(text: string, hacCodes: Map<string, string[]>, interner: OperandInterner): Map<string, PrPattern> {
  const patterns = new Map<string, PrPattern>();
  const pr = new Map<string, PrPattern>();
  for (const [code, attrCell] of tsvRows(text)) {
    const hacOperands = hacCodes.get(code) ?? [];
    const key = `${attrCell}\t${hacOperands.join(' ')}`;
    let pattern = patterns.get(key);
    if (!pattern) {
      pattern = prPattern(words(attrCell), hacOperands, interner);
      patterns.set(key, pattern);
    }
    pr.set(code, pattern);
  }
  return pr;
}

function buildClusters(text: string): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  for (const [id, supp, choices] of tsvRows(text)) {
    let suppressionBits = 0;
    for (const mdc of words(supp)) if (Number(mdc) < 32) suppressionBits |= 1 << Number(mdc);
    const choiceOf = new Map<string, number>();
    const labels: string[] = [];
    for (const m of (choices ?? '').matchAll(/(\d+):([^\s|]+)/g)) {
      if (!labels.includes(m[1])) labels.push(m[1]);
      choiceOf.set(m[2], labels.indexOf(m[1]));
    }
    clusters.set(id, { id, suppressionBits, choiceCount: labels.length, choiceOf });
  }
  return clusters;
}

function buildCcExclusions(pdxText: string, groupsText: string): Map<string, ReadonlySet<string>> {
  const groups = new Map<string, ReadonlySet<string>>();
  for (const [group, codes] of tsvRows(groupsText)) groups.set(group, new Set(words(codes)));
  const out = new Map<string, ReadonlySet<string>>();
  for (const [pdx, group] of tsvRows(pdxText)) {
    const set = groups.get(group);
    if (set) out.set(pdx, set);
  }
  return out;
}

/** Parses and compiles one version's tables. Pure: the caller reads the files. */
export function buildGrouperTables(t: GrouperTableTexts): GrouperTables {
  const interner = new OperandInterner();
  const formulas = buildFormulas(t.drgFormulas, interner);
  const hacFormulas: HacFormula[] = [];
  const hacDescriptions = new Map<number, string>();
  for (const [num, formula, description] of tsvRows(t.hacFormulas)) {
    hacFormulas.push({
      number: Number(num),
      description: description ?? '',
      test: compileFormula(formula ?? '', interner),
    });
    hacDescriptions.set(Number(num), description ?? '');
  }
  for (const name of NAMED_OPERANDS) interner.intern(name);
  const hacCodes = new Map<string, string[]>();
  for (const [code, operands] of tsvRows(t.hacCodes)) hacCodes.set(code, words(operands));
  const drgs = new Map<number, DrgInfo>();
  for (const [drg, mdcs, type, description] of tsvRows(t.drg)) {
    drgs.set(Number(drg), {
      drg: Number(drg),
      mdc: Number(words(mdcs)[0] ?? 0),
      type: medSurg(type),
      description: description ?? '',
    });
  }
  const mdcTitles = new Map<number, string>();
  for (const [mdc, description] of tsvRows(t.mdc)) mdcTitles.set(Number(mdc), description ?? '');
  const sexMdc = new Map<string, { male: number; female: number }>();
  for (const [code, map] of tsvRows(t.dxSexMdc)) {
    const male = /1:(\d+)/.exec(map ?? '');
    const female = /2:(\d+)/.exec(map ?? '');
    sexMdc.set(code, { male: male ? Number(male[1]) : -1, female: female ? Number(female[1]) : -1 });
  }
  const prClusters = new Map<string, string[]>();
  for (const [code, clusterIds] of tsvRows(t.prClusterIds)) prClusters.set(code, words(clusterIds));
  const named = Object.fromEntries(NAMED_OPERANDS.map((n) => [n, interner.lookup(n)])) as GrouperTables['named'];
  return {
    version: t.version,
    interner,
    formulas,
    drgs,
    mdcTitles,
    sexMdc,
    prClusters,
    hacFormulas,
    hacDescriptions,
    named,
    dx: buildDx({ dx: t.dx, hacCodes }, interner),
    ccExclusions: buildCcExclusions(t.pdxCcExclusionGroup, t.ccExclusionGroups),
    pr: buildPr(t.pr, hacCodes, interner),
    clusters: buildClusters(t.clusters),
  };
}
