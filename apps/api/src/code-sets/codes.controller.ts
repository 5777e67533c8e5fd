import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  codeLookupQuerySchema,
  codeSearchQuerySchema,
  type CodeLookupQuery,
  type CodeLookupResult,
  type CodeSearchQuery,
  type CodeSearchResponse,
} from '@recode/contracts';
import { Roles } from '../common/roles.decorator';
import { ValidQuery } from '../common/zod';
import { CodeSearchService } from './code-search.service';
import { CodeSetLookup } from './code-set-lookup';

@ApiTags('code-sets')
@Controller('codes')
export class CodesController {
  constructor(
    private readonly lookup: CodeSetLookup,
    private readonly searchService: CodeSearchService,
  ) {}

  /** Coders too: they see what a code means and whether it was valid on their encounter's date. */
  @Get('lookup')
  @Roles('admin', 'supervisor', 'auditor', 'coder')
  lookupCode(@ValidQuery(codeLookupQuerySchema) query: CodeLookupQuery): Promise<CodeLookupResult> {
    return this.lookup.lookup(query.system, query.code, query.date);
  }

  @Get('search')
  @Roles('admin', 'supervisor', 'auditor')
  search(@ValidQuery(codeSearchQuerySchema) query: CodeSearchQuery): Promise<CodeSearchResponse> {
    return this.searchService.search(query);
  }
}
