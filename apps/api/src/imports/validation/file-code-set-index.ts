import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { msDrgVersionFor } from '@recode/domain';
import type { CodeSetIndex, CodeStatus, IcdSystem } from './code-set-index';
import { leadingCsvFields } from './leading-csv-fields';

const gunzipAsync = promisify(gunzip);

interface YearSet {
  /** code → billable */
  status: Map<string, boolean>;
  /** All codes sorted, for "billable codes under this header". */
  sorted: string[];
}

/**
 * The code sets read straight from the reference files in DATA_DIR (see ../shared/data/README.md),
 * loaded per fiscal year on first use. Used by the import worker and the demo generator; it needs
 * no database, so validation works the same before and after the code-set tables are loaded.
 */
export class FileCodeSetIndex implements CodeSetIndex {
  private readonly years = new Map<string, Promise<YearSet>>();
  private readonly loaded = new Map<string, YearSet>();
  private readonly poaExempt = new Map<number, Set<string>>();
  private readonly drgs = new Map<number, Set<string> | null>();
  private hcpcs: { codes: Set<string>; modifiers: Set<string> } | null = null;
  private readonly availableYears: number[];

  constructor(private readonly dataDir: string) {
    const files = existsSync(dataDir) ? readdirSync(dataDir) : [];
    this.availableYears = files
      .map((f) => /^icd10cm-(\d{4})\.csv\.gz$/.exec(f)?.[1])
      .filter((y): y is string => y !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  icdYears(): readonly number[] {
    return this.availableYears;
  }

  async prepareYear(fiscalYear: number): Promise<void> {
    await Promise.all([
      this.year('ICD10CM', fiscalYear),
      this.year('ICD10PCS', fiscalYear),
      this.loadPoa(fiscalYear),
      this.loadDrgs(fiscalYear),
      this.loadHcpcs(),
    ]);
  }

  status(system: IcdSystem, fiscalYear: number, code: string): CodeStatus {
    const set = this.loaded.get(`${system}:${fiscalYear}`);
    if (!set) throw new Error(`code set ${system} FY${fiscalYear} used before prepareYear()`);
    const billable = set.status.get(code);
    return billable === undefined ? 'unknown' : billable ? 'billable' : 'header';
  }

  async billableYears(system: IcdSystem, code: string): Promise<number[]> {
    const found: number[] = [];
    for (const fy of this.availableYears) {
      if ((await this.year(system, fy)).status.get(code) === true) found.push(fy);
    }
    return found;
  }

  billableChildren(system: IcdSystem, fiscalYear: number, header: string, limit: number): string[] {
    const set = this.loaded.get(`${system}:${fiscalYear}`);
    if (!set) return [];
    const out: string[] = [];
    for (let i = lowerBound(set.sorted, header); i < set.sorted.length && out.length < limit; i += 1) {
      const code = set.sorted[i] as string;
      if (!code.startsWith(header)) break;
      if (set.status.get(code)) out.push(code);
    }
    return out;
  }

  isPoaExempt(fiscalYear: number, code: string): boolean {
    return this.poaExempt.get(fiscalYear)?.has(code) ?? false;
  }

  hcpcsStatus(code: string): CodeStatus {
    return this.hcpcs?.codes.has(code) ? 'billable' : 'unknown';
  }

  isLevelTwoModifier(modifier: string): boolean {
    return this.hcpcs?.modifiers.has(modifier) ?? false;
  }

  drgExists(fiscalYear: number, drg: string): boolean | null {
    const set = this.drgs.get(fiscalYear);
    return set ? set.has(drg) : null;
  }

  private year(system: IcdSystem, fiscalYear: number): Promise<YearSet> {
    const key = `${system}:${fiscalYear}`;
    let pending = this.years.get(key);
    if (!pending) {
      const file = path.join(this.dataDir, `${system === 'ICD10CM' ? 'icd10cm' : 'icd10pcs'}-${fiscalYear}.csv.gz`);
      pending = loadIcdFile(file).then((set) => {
        this.loaded.set(key, set);
        return set;
      });
      this.years.set(key, pending);
    }
    return pending;
  }

  private async loadPoa(fiscalYear: number): Promise<void> {
    if (this.poaExempt.has(fiscalYear)) return;
    const file = path.join(this.dataDir, `icd10cm-poa-exempt-${fiscalYear}.csv`);
    const codes = new Set<string>();
    if (existsSync(file)) for (const row of await csvRows(file)) codes.add(row[0] as string);
    this.poaExempt.set(fiscalYear, codes);
  }

  private async loadDrgs(fiscalYear: number): Promise<void> {
    if (this.drgs.has(fiscalYear)) return;
    const file = path.join(this.dataDir, `msdrg-${msDrgVersionFor(fiscalYear)}.csv`);
    if (!existsSync(file)) return void this.drgs.set(fiscalYear, null);
    const drgs = new Set<string>();
    for (const row of await csvRows(file)) drgs.add(row[0] as string);
    this.drgs.set(fiscalYear, drgs);
  }

  private async loadHcpcs(): Promise<void> {
    if (this.hcpcs) return;
    const file = readdirSync(this.dataDir)
      .filter((f) => /^hcpcs-\d{4}q\d\.csv$/.test(f))
      .sort()
      .pop();
    const loaded = { codes: new Set<string>(), modifiers: new Set<string>() };
    if (file)
      for (const row of await csvRows(path.join(this.dataDir, file)))
        (row[1] === 'modifier' ? loaded.modifiers : loaded.codes).add(row[0] as string);
    this.hcpcs = loaded;
  }
}

async function loadIcdFile(file: string): Promise<YearSet> {
  const status = new Map<string, boolean>();
  if (existsSync(file)) for (const row of await csvRows(file)) status.set(row[0] as string, row[1] === 'true');
  return { status, sorted: [...status.keys()].sort() };
}

/** The two leading fields of each data row of a reference CSV (gzip or plain), header skipped. */
async function csvRows(file: string): Promise<string[][]> {
  const raw = await readFile(file);
  const bytes = file.endsWith('.gz') ? await gunzipAsync(raw) : raw;
  try {
    return leadingCsvFields(bytes.toString('utf8'), 2);
  } catch (err) {
    throw new Error(`${path.basename(file)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
