import { grouperVersionFor, type GrouperTables, type GrouperVersionChoice } from '@recode/domain';
import { listGrouperVersions, loadGrouperTables } from './grouper-table-files';

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

  versionFor(dischargeDate: string): GrouperVersionChoice {
    return grouperVersionFor(dischargeDate, this.availableVersions());
  }
}
