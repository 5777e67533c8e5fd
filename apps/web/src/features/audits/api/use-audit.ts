import type { AuditDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditsQueryKey } from './use-audits';

/** While the sampling job runs the page polls, so it turns to "in review" (or shows the failure) by itself. */
export function useAudit(auditId: string) {
  return useQuery({
    queryKey: [...auditsQueryKey, 'detail', auditId],
    queryFn: ({ signal }) => apiClient.get<AuditDto>(`/api/audits/${encodeURIComponent(auditId)}`, undefined, signal),
    refetchInterval: (query) => (query.state.data?.status === 'sampling' ? 1500 : false),
  });
}
