import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CodeLookupResult, CodeLookupSystem, CodeSetSystem } from '@recode/contracts';
import { DataSource } from 'typeorm';
import { selectRow } from '../database/sql';
import { CodeDescriptionsRow } from './code-set-sql-rows';
import { CodeSetCatalog } from './code-set-catalog';
import {
  codeSetLabel,
  fiscalYearsOf,
  resolveCodeSet,
  resolveFiscalYear,
  type CodeSetResolution,
  type LoadedCodeSet,
} from './code-set-resolution';
import { checkLookupFormat } from './code-lookup-format';
import { CodeSetValidationIndex } from './code-set-validation-index';
import { CompactCodeIndex } from './compact-code-index';
import { readDrgTable, readIndex, type MsDrgInfo } from './code-set-index-reader';

export type { CodeStatus } from './compact-code-index';
export type { MsDrgInfo } from './code-set-index-reader';
export { CompactCodeIndex } from './compact-code-index';
export { CodeSetValidationIndex } from './code-set-validation-index';

/** An index together with the set it was read from and why that set was chosen (see resolveCodeSet). */
export interface ResolvedIndex {
  index: CompactCodeIndex;
  codeSet: LoadedCodeSet;
  warnings: string[];
}

/**
 * Code-set answers for the API and the import validator. Single lookups read one row by primary
 * key; bulk validation loads a year into a CompactCodeIndex (~9 bytes a code) cached per code set
 * and checksum, so a reloaded set is re-read and the rest stay in memory. Codes are passed as
 * stored (normalizeCode from @recode/domain) except in lookup(), which normalises what a person typed.
 */
@Injectable()
export class CodeSetLookup implements OnModuleInit {
  private readonly logger = new Logger(CodeSetLookup.name);
  readonly catalog: CodeSetCatalog;
  private readonly indexes = new Map<number, { checksum: string; index: Promise<CompactCodeIndex> }>();
  private readonly drgTables = new Map<number, { checksum: string; table: Promise<ReadonlyMap<string, MsDrgInfo>> }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.catalog = new CodeSetCatalog(db);
  }

  async onModuleInit(): Promise<void> {
    // Warm the catalog so synchronous readers (the validation index's icdYears) have it from the start.
    await this.catalog.sets().catch((err: unknown) => this.logger.warn(`code sets not read at start: ${String(err)}`));
  }

  /** After a load in this process; other processes catch up within CodeSetCatalog.MAX_AGE_MS. */
  invalidate(): void {
    this.catalog.invalidate();
  }

  async yearsAvailable(system: CodeSetSystem): Promise<number[]> {
    return fiscalYearsOf(await this.catalog.sets(), system);
  }

  async resolve(system: CodeSetSystem, dateOfService: string): Promise<CodeSetResolution> {
    return resolveCodeSet(await this.catalog.sets(), system, dateOfService);
  }

  async resolveYear(system: CodeSetSystem, fiscalYear: number): Promise<CodeSetResolution> {
    return resolveFiscalYear(await this.catalog.sets(), system, fiscalYear);
  }

  /** One code as a person typed it ("e11.9"), checked against the list in force on the date. */
  async lookup(system: CodeLookupSystem, rawCode: string, dateOfService: string): Promise<CodeLookupResult> {
    const format = checkLookupFormat(system, rawCode);
    if (!format.ok) return { status: 'invalid_format', system, code: format.code, message: format.reason };
    const { code } = format;
    const resolved = await this.resolve(system, dateOfService);
    if (!resolved.ok) {
      if (system === 'CPT' && format.category)
        return { status: 'format_only', system, code, category: format.category, message: resolved.message };
      return { status: 'no_code_set', system, code, fiscalYear: resolved.fiscalYear, message: resolved.message };
    }
    const { codeSet, warnings } = resolved;
    const ref = { codeSetVersion: codeSet.version, fiscalYear: codeSet.fiscalYear, warnings };
    const row = await selectRow(
      this.db,
      CodeDescriptionsRow,
      'SELECT billable, short_description AS "shortDescription", long_description AS "longDescription" FROM codes WHERE code_set_id = $1 AND code = $2',
      [codeSet.id, code],
    );
    if (!row)
      return { status: 'not_found', system, code, ...ref, message: `${code} is not in ${codeSetLabel(codeSet)}` };
    return { status: 'found', system, code, ...ref, ...row };
  }

  /** The in-memory index of one loaded set, read once per checksum. */
  indexOf(codeSet: LoadedCodeSet): Promise<CompactCodeIndex> {
    const cached = this.indexes.get(codeSet.id);
    if (cached && cached.checksum === codeSet.checksum) return cached.index;
    const index = readIndex(this.db, codeSet);
    this.indexes.set(codeSet.id, { checksum: codeSet.checksum, index });
    // A failed read is not cached: the next caller tries again.
    index.catch(() => {
      if (this.indexes.get(codeSet.id)?.index === index) this.indexes.delete(codeSet.id);
    });
    return index;
  }

  /** ICD-10-CM or -PCS of a fiscal year for bulk checks (status(code) → billable/header/unknown); null if not loaded. */
  async loadYearIndex(system: 'ICD10CM' | 'ICD10PCS', fiscalYear: number): Promise<CompactCodeIndex | null> {
    const resolved = await this.resolveYear(system, fiscalYear);
    return resolved.ok ? this.indexOf(resolved.codeSet) : null;
  }

  async loadPoaExemptIndex(fiscalYear: number): Promise<CompactCodeIndex | null> {
    const resolved = await this.resolveYear('POA_EXEMPT', fiscalYear);
    return resolved.ok ? this.indexOf(resolved.codeSet) : null;
  }

  /** False also when the year's POA list is not loaded; use loadPoaExemptIndex to tell the two apart. */
  async isPoaExempt(fiscalYear: number, code: string): Promise<boolean> {
    return (await this.loadPoaExemptIndex(fiscalYear))?.has(code) ?? false;
  }

  /** The MS-DRG table of a fiscal year's grouper version; null if that version is not loaded. */
  async loadDrgTable(fiscalYear: number): Promise<ReadonlyMap<string, MsDrgInfo> | null> {
    const resolved = await this.resolveYear('MSDRG', fiscalYear);
    if (!resolved.ok) return null;
    const { codeSet } = resolved;
    const cached = this.drgTables.get(codeSet.id);
    if (cached && cached.checksum === codeSet.checksum) return cached.table;
    const table = readDrgTable(this.db, codeSet);
    this.drgTables.set(codeSet.id, { checksum: codeSet.checksum, table });
    table.catch(() => {
      if (this.drgTables.get(codeSet.id)?.table === table) this.drgTables.delete(codeSet.id);
    });
    return table;
  }

  /** Weight and title of a 3-digit DRG ('470') in a fiscal year; null if the DRG or the year's table is missing. */
  async drg(fiscalYear: number, drg: string): Promise<MsDrgInfo | null> {
    return (await this.loadDrgTable(fiscalYear))?.get(drg) ?? null;
  }

  /**
   * HCPCS codes or modifiers for a date, with a warning when the date's quarter is not loaded and the
   * nearest loaded quarter stands in (see resolveCodeSet). Null when no HCPCS file is loaded at all.
   */
  async hcpcsIndexFor(system: 'HCPCS' | 'HCPCS_MODIFIER', dateOfService: string): Promise<ResolvedIndex | null> {
    return this.resolvedIndex(system, dateOfService);
  }

  /** A customer's CPT file in force on the date, or null: then only checkCptFormat (@recode/domain) applies. */
  async cptIndexFor(dateOfService: string): Promise<ResolvedIndex | null> {
    return this.resolvedIndex('CPT', dateOfService);
  }

  /** The synchronous per-year view for the import validator (its CodeSetIndex shape); cheap, shares this cache. */
  validationIndex(): CodeSetValidationIndex {
    return new CodeSetValidationIndex(this);
  }

  private async resolvedIndex(system: CodeSetSystem, dateOfService: string): Promise<ResolvedIndex | null> {
    const resolved = await this.resolve(system, dateOfService);
    if (!resolved.ok) return null;
    return { index: await this.indexOf(resolved.codeSet), codeSet: resolved.codeSet, warnings: resolved.warnings };
  }
}
