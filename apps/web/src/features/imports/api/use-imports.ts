import type { ImportDto, ImportListQuery, Page } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { isImportActive } from '../import-status';

export const importsQueryKey = ['imports'] as const;

/** While any import on the page is still moving, the history refreshes itself too. */
export function useImports(query: ImportListQuery) {
  return useQuery({
    queryKey: [...importsQueryKey, 'list', query],
    queryFn: ({ signal }) => apiClient.get<Page<ImportDto>>('/api/imports', query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some((item) => isImportActive(item.status)) ? 3000 : false),
  });
}
