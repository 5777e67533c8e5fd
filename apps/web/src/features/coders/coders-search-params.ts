import { z } from 'zod';
import { readPositiveInt, readText } from '../../lib/search-params';
import type { CoderListQuery } from './api/use-coders';

export const CODERS_PAGE_SIZE = 50;

export function parseCoderListQuery(params: URLSearchParams): CoderListQuery {
  return {
    page: readPositiveInt(params, 'page', 1),
    pageSize: readPositiveInt(params, 'pageSize', CODERS_PAGE_SIZE, 200),
    q: readText(params, 'q'),
    // The API accepts only a UUID here; anything else would turn the page into an error.
    teamId: z.uuid().safeParse(readText(params, 'teamId')).data,
  };
}
