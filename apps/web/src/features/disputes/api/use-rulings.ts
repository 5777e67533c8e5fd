import type { Page, RulingDto, RulingsQuery } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export type RulingsSearch = Partial<Pick<RulingsQuery, 'code' | 'category' | 'q'>> &
  Pick<RulingsQuery, 'kind' | 'page'>;

export function useRulings(search: RulingsSearch) {
  return useQuery({
    queryKey: ['rulings', search],
    queryFn: ({ signal }) =>
      apiClient.get<Page<RulingDto>>(
        '/api/rulings',
        {
          code: search.code || undefined,
          category: search.category || undefined,
          q: search.q || undefined,
          kind: search.kind,
          page: search.page,
          pageSize: 20,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}
