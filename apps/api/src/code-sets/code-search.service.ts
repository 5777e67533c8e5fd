import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CodeSearchHit, CodeSearchQuery, CodeSearchResponse } from '@recode/contracts';
import { checkCptFormat } from '@recode/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { firstRowChecked } from '../database/sql';
import { CodeSetLookup } from './code-set-lookup';
import type { LoadedCodeSet } from './code-set-resolution';
import { CodeRow, CodeSearchIndex } from './search/code-search-index';
import { IndexTermFiles } from './search/index-terms';

export const CPT_NOT_LICENSED_NOTE =
  'No customer CPT file covers this date: a CPT code with a valid format is accepted, and its description needs a licensed CPT file.';

/**
 * The auditor's code picker, ranked like an encoder (see docs/code-search.md). Each code set searched
 * gets an in-memory CodeSearchIndex, built on first use (about a second for 100k codes) and kept per
 * checksum, so a reloaded set is rebuilt; the ICD-10 alphabetic indexes in DATA_DIR/icd10-index add
 * their terms to the ICD-10-CM and -PCS sets of every year, only for codes in that year's set.
 */
@Injectable()
export class CodeSearchService {
  private readonly indexes = new Map<number, { checksum: string; index: Promise<CodeSearchIndex> }>();
  private readonly terms: IndexTermFiles;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lookup: CodeSetLookup,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.terms = new IndexTermFiles(config.DATA_DIR);
  }

  async search(query: CodeSearchQuery): Promise<CodeSearchResponse> {
    const resolved =
      query.date !== undefined
        ? await this.lookup.resolve(query.system, query.date)
        : await this.lookup.resolveYear(query.system, query.fiscalYear ?? 0);
    if (!resolved.ok) {
      if (query.system === 'CPT') return this.formatOnly(query);
      const path = query.date !== undefined ? 'query.date' : 'query.fiscalYear';
      throw new AppError(404, 'CODE_SET_NOT_LOADED', resolved.message, [{ path, message: resolved.message }]);
    }
    const { codeSet, warnings } = resolved;
    const { total, hits } = (await this.indexFor(codeSet)).search(query.q, query.offset, query.limit);
    const items = hits.map(({ row, via }): CodeSearchHit => (via === null ? { ...row } : { ...row, via }));
    return {
      system: query.system,
      codeSet: { version: codeSet.version, fiscalYear: codeSet.fiscalYear, warnings },
      total,
      offset: query.offset,
      items,
    };
  }

  /** Without a licensed CPT file the typed code itself is the only choice, offered when its format is valid. */
  private formatOnly(query: CodeSearchQuery): CodeSearchResponse {
    const format = checkCptFormat(query.q);
    const items: CodeSearchHit[] =
      format.ok && query.offset === 0
        ? [{ code: format.code, billable: true, shortDescription: '', longDescription: '', descriptionLicensed: false }]
        : [];
    return {
      system: 'CPT',
      codeSet: null,
      total: format.ok ? 1 : 0,
      offset: query.offset,
      items,
      note: CPT_NOT_LICENSED_NOTE,
    };
  }

  private indexFor(codeSet: LoadedCodeSet): Promise<CodeSearchIndex> {
    const cached = this.indexes.get(codeSet.id);
    if (cached && cached.checksum === codeSet.checksum) return cached.index;
    const index = this.build(codeSet);
    this.indexes.set(codeSet.id, { checksum: codeSet.checksum, index });
    // A failed build is not cached: the next search tries again.
    index.catch(() => {
      if (this.indexes.get(codeSet.id)?.index === index) this.indexes.delete(codeSet.id);
    });
    return index;
  }

  private async build(codeSet: LoadedCodeSet): Promise<CodeSearchIndex> {
    const sql =
      'SELECT code, billable, short_description AS "shortDescription", long_description AS "longDescription" FROM codes WHERE code_set_id = $1';
    // A whole code set (about 100k rows) per build: the first row is checked, see firstRowChecked.
    const rows = firstRowChecked(CodeRow, await this.db.query(sql, [codeSet.id]), sql);
    return CodeSearchIndex.build(rows, this.terms.terms(codeSet.system));
  }
}
