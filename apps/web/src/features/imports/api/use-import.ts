import type { ImportDetailDto } from '@recode/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiClient } from '../../../lib/api-client';
import { isImportActive } from '../import-status';
import { importsQueryKey } from './use-imports';

/** How often a queued or running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;

export function useImport(id: string | undefined) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...importsQueryKey, 'detail', id],
    queryFn: ({ signal }) =>
      apiClient.get<ImportDetailDto>(`/api/imports/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data && isImportActive(q.state.data.status) ? IMPORT_POLL_MS : false),
  });
  // Once it has finished, the history (which polls more slowly) should not still say "Running".
  const status = query.data?.status;
  useEffect(() => {
    if (status && !isImportActive(status))
      void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
  }, [status, queryClient]);
  return query;
}
