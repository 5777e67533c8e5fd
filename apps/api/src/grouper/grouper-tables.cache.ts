import {
  group,
  grouperVersionFor,
  type GrouperInput,
  type GrouperResult,
  type GrouperTables,
  type GrouperVersionChoice,
} from '@recode/domain';
import { listGrouperVersions, loadGrouperTables } from './grouper-table-files';

export type GroupedStay =
  | { readonly ok: true; readonly version: string; readonly fiscalYear: number; readonly result: GrouperResult }
  | { readonly ok: false; readonly fiscalYear: number | null; readonly message: string };

/** Groups one stay with the version of its discharge date (as the import's write phase and the regroup endpoint do). */
export type StayGrouper = (dischargeDate: string, input: GrouperInput) => GroupedStay;

/**
 * Compiled grouper tables per version, loaded from DATA_DIR on first use and kept in memory
 * (about a second and some tens of MB per version). The versions are whatever files are present.
 */
export class GrouperTablesCache {
  private readonly tables = new Map<string, GrouperTables>();
  private versions: string[] | null = null;

  constructor(private readonly dataDir: string) {}

  availableVersions(): string[] {
    this.versions ??= listGrouperVersions(this.dataDir);
    return this.versions;
  }

  hasVersion(version: string): boolean {
    return this.availableVersions().includes(version);
  }

  /** The tables of a version, or null when its files are not there. */
  get(version: string): GrouperTables | null {
    if (!this.hasVersion(version)) return null;
    let tables = this.tables.get(version);
    if (!tables) {
      tables = loadGrouperTables(this.dataDir, version);
      this.tables.set(version, tables);
    }
    return tables;
  }

  /** Loads every available version now (the worker at start), so no import pays for it mid-way; returns the versions. */
  loadAll(): string[] {
    for (const version of this.availableVersions()) this.get(version);
    return this.availableVersions();
  }

  versionFor(dischargeDate: string): GrouperVersionChoice {
    return grouperVersionFor(dischargeDate, this.availableVersions());
  }

  /** Groups with the version of the discharge date; "no grouper for this year" rather than another version's DRG. */
  readonly groupStay: StayGrouper = (dischargeDate, input) => {
    const choice = this.versionFor(dischargeDate);
    if (!choice.ok) return { ok: false, fiscalYear: choice.fiscalYear, message: choice.message };
    const tables = this.get(choice.version);
    if (!tables)
      return { ok: false, fiscalYear: choice.fiscalYear, message: `no grouper for this year (FY${choice.fiscalYear})` };
    return { ok: true, version: choice.version, fiscalYear: choice.fiscalYear, result: group(input, tables) };
  };
}
