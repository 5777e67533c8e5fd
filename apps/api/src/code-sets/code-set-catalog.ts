import type { DataSource } from 'typeorm';
import { selectRows } from '../database/sql';
import { LoadedCodeSetRow } from './code-set-sql-rows';
import type { LoadedCodeSet } from './code-set-resolution';

/**
 * The list of loaded code sets (a few dozen rows), cached briefly. Every process keeps its own
 * copy, so a set loaded by another process (the CLI, the API's CPT upload seen from the worker) is
 * picked up within MAX_AGE_MS; in-process changes call invalidate() and are seen at once.
 */
export class CodeSetCatalog {
  static readonly MAX_AGE_MS = 5_000;
  private cached: { sets: readonly LoadedCodeSet[]; at: number } | null = null;
  private pending: Promise<readonly LoadedCodeSet[]> | null = null;

  constructor(private readonly db: DataSource) {}

  /** The last list read, without waiting (empty before the first read). */
  snapshot(): readonly LoadedCodeSet[] {
    return this.cached?.sets ?? [];
  }

  invalidate(): void {
    this.cached = null;
  }

  async sets(): Promise<readonly LoadedCodeSet[]> {
    if (this.cached && Date.now() - this.cached.at < CodeSetCatalog.MAX_AGE_MS) return this.cached.sets;
    // Concurrent callers share one query rather than each reading the table.
    this.pending ??= this.read().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async read(): Promise<readonly LoadedCodeSet[]> {
    // Dates as text: node-postgres would turn a date into a local-midnight Date object.
    const rows: LoadedCodeSet[] = await selectRows(
      this.db,
      LoadedCodeSetRow,
      `SELECT id, system, version, fiscal_year AS "fiscalYear", effective_from::text AS "effectiveFrom",
              effective_to::text AS "effectiveTo", row_count AS "rowCount", checksum
         FROM code_sets ORDER BY system, effective_from`,
    );
    this.cached = { sets: rows, at: Date.now() };
    return rows;
  }
}
