import { IMPORT_STATUSES, type ImportListQuery } from '@recode/contracts';
import { z } from 'zod';
import { readOneOf, readPositiveInt, readText } from '../../lib/search-params';

export const IMPORTS_PAGE_SIZE = 20;

/** The history page and status filter in the URL; anything the API would refuse is left out. */
export function parseImportListQuery(params: URLSearchParams): ImportListQuery {
  return {
    page: readPositiveInt(params, 'page', 1),
    pageSize: readPositiveInt(params, 'pageSize', IMPORTS_PAGE_SIZE, 100),
    status: readOneOf(params, 'status', IMPORT_STATUSES),
  };
}

/** The import shown in detail (`?import=<id>`), so a link to an import's report can be shared. */
export function selectedImportId(params: URLSearchParams): string | undefined {
  return z.uuid().safeParse(readText(params, 'import')).data;
}
