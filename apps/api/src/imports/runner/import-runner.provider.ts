import { Logger, type Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { CodeSetLookup } from '../../code-sets';
import { GrouperService } from '../../grouper';
import type { CodeSetIndex } from '../validation/code-set-index';
import { ImportRunner } from './import-runner';

/**
 * The runner validates against the code-set tables through CodeSetLookup's in-memory indexes
 * (a fresh per-run view sharing the lookup's cache, so reloaded sets are picked up between runs).
 */
export const importRunnerProvider: Provider = {
  provide: ImportRunner,
  inject: [getDataSourceToken(), CodeSetLookup, APP_CONFIG, GrouperService],
  useFactory: (db: DataSource, lookup: CodeSetLookup, config: AppConfig, grouper: GrouperService) => {
    const logger = new Logger(ImportRunner.name);
    const codeSets = async (): Promise<CodeSetIndex> => {
      // Read the catalog afresh: code sets may have been loaded since this process last looked.
      lookup.invalidate();
      await lookup.catalog.sets();
      return lookup.validationIndex();
    };
    return new ImportRunner(db, codeSets, (message, data) => logger.log(data, message), {
      writeConnections: config.IMPORT_WRITE_CONNECTIONS,
      // IMPORT_GROUPER=off (operational switch) imports without grouping. A version's tables load on the first stay
      // grouped with it (not at worker start, which would delay every restart and so the recovery after a worker
      // death), then stay in memory, shared with the regroup endpoint.
      grouper: config.IMPORT_GROUPER === 'on' ? (date, input) => grouper.groupStay(date, input) : undefined,
    });
  },
};
