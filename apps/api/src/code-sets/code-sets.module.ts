import * as path from 'node:path';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { CodeSearchService } from './code-search.service';
import { CodeSetLookup } from './code-set-lookup';
import { CodeSetsController } from './code-sets.controller';
import { CodeSetsService } from './code-sets.service';
import { CodesController } from './codes.controller';

/** A CPT file is about 11k codes (~1 MB); the limit leaves room for long descriptions without inviting abuse. */
export const CPT_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // Disk, not memory: the loader streams the file; multer creates the folder if needed.
      useFactory: (config: AppConfig) => ({
        storage: diskStorage({ destination: path.join(config.UPLOAD_DIR, 'code-sets') }),
        limits: { fileSize: CPT_UPLOAD_MAX_BYTES, files: 1, fields: 10 },
      }),
    }),
  ],
  controllers: [CodeSetsController, CodesController],
  providers: [CodeSetLookup, CodeSearchService, CodeSetsService],
  exports: [CodeSetLookup],
})
export class CodeSetsModule {}
