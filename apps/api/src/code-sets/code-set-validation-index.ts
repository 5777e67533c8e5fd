import type { MsDrgInfo } from './code-set-index-reader';
import type { CodeSetCatalog } from './code-set-catalog';
import { fiscalYearsOf, type LoadedCodeSet } from './code-set-resolution';
import type { CodeStatus, CompactCodeIndex } from './compact-code-index';

type IcdSystem = 'ICD10CM' | 'ICD10PCS';

interface PreparedYear {
  ICD10CM: CompactCodeIndex | null;
  ICD10PCS: CompactCodeIndex | null;
  poaExempt: CompactCodeIndex | null;
  drgs: ReadonlyMap<string, MsDrgInfo> | null;
}

/** What the index reads its years through: CodeSetLookup, named by shape so the two files do not import each other. */
export interface YearIndexSource {
  readonly catalog: CodeSetCatalog;
  loadYearIndex(system: 'ICD10CM' | 'ICD10PCS', fiscalYear: number): Promise<CompactCodeIndex | null>;
  loadPoaExemptIndex(fiscalYear: number): Promise<CompactCodeIndex | null>;
  loadDrgTable(fiscalYear: number): Promise<ReadonlyMap<string, MsDrgInfo> | null>;
  indexOf(codeSet: LoadedCodeSet): Promise<CompactCodeIndex>;
}

/**
 * The synchronous view the import validator works with (the shape of its CodeSetIndex): a year is
 * prepared once (async), then every row is checked from memory. Backed by the database tables
 * through CodeSetLookup, whose caches it shares, so preparing a year again is cheap.
 *
 * HCPCS here is the latest loaded quarter, as the validator's interface has no date; use
 * CodeSetLookup.hcpcsIndexFor(system, date) for the quarter of a date and its mismatch warning.
 */
export class CodeSetValidationIndex {
  private readonly years = new Map<number, PreparedYear>();
  private hcpcs: { codes: CompactCodeIndex | null; modifiers: CompactCodeIndex | null } = {
    codes: null,
    modifiers: null,
  };

  constructor(private readonly lookup: YearIndexSource) {}

  /** Fiscal years whose ICD-10-CM set is loaded (from the catalog, refreshed by prepareYear). */
  icdYears(): readonly number[] {
    return fiscalYearsOf(this.lookup.catalog.snapshot(), 'ICD10CM');
  }

  async prepareYear(fiscalYear: number): Promise<void> {
    const sets = await this.lookup.catalog.sets();
    const [cm, pcs, poaExempt, drgs] = await Promise.all([
      this.lookup.loadYearIndex('ICD10CM', fiscalYear),
      this.lookup.loadYearIndex('ICD10PCS', fiscalYear),
      this.lookup.loadPoaExemptIndex(fiscalYear),
      this.lookup.loadDrgTable(fiscalYear),
    ]);
    this.years.set(fiscalYear, { ICD10CM: cm, ICD10PCS: pcs, poaExempt, drgs });
    const latest = (system: 'HCPCS' | 'HCPCS_MODIFIER'): Promise<CompactCodeIndex | null> => {
      const codeSet = sets
        .filter((s) => s.system === system)
        .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
      return codeSet ? this.lookup.indexOf(codeSet) : Promise.resolve(null);
    };
    const [codes, modifiers] = await Promise.all([latest('HCPCS'), latest('HCPCS_MODIFIER')]);
    this.hcpcs = { codes, modifiers };
  }

  private year(fiscalYear: number): PreparedYear {
    const prepared = this.years.get(fiscalYear);
    if (!prepared) throw new Error(`code sets of FY${fiscalYear} used before prepareYear()`);
    return prepared;
  }

  status(system: IcdSystem, fiscalYear: number, code: string): CodeStatus {
    return this.year(fiscalYear)[system]?.status(code) ?? 'unknown';
  }

  /** Loaded years in which the code is billable: turns "unknown" into "valid in FY2019, not in FY2018". */
  async billableYears(system: IcdSystem, code: string): Promise<number[]> {
    const years = fiscalYearsOf(await this.lookup.catalog.sets(), system);
    const statuses = await Promise.all(
      years.map(async (fy) => (await this.lookup.loadYearIndex(system, fy))?.status(code)),
    );
    return years.filter((_, i) => statuses[i] === 'billable');
  }

  billableChildren(system: IcdSystem, fiscalYear: number, header: string, limit: number): string[] {
    return this.years.get(fiscalYear)?.[system]?.codesUnder(header, limit, { billableOnly: true }) ?? [];
  }

  isPoaExempt(fiscalYear: number, code: string): boolean {
    return this.years.get(fiscalYear)?.poaExempt?.has(code) ?? false;
  }

  hcpcsStatus(code: string): CodeStatus {
    return this.hcpcs.codes?.status(code) ?? 'unknown';
  }

  isLevelTwoModifier(modifier: string): boolean {
    return this.hcpcs.modifiers?.has(modifier) ?? false;
  }

  drgExists(fiscalYear: number, drg: string): boolean | null {
    const table = this.years.get(fiscalYear)?.drgs;
    return table ? table.has(drg) : null;
  }

  drg(fiscalYear: number, drg: string): MsDrgInfo | null {
    return this.years.get(fiscalYear)?.drgs?.get(drg) ?? null;
  }
}
