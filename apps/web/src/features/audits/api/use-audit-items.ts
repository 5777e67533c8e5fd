import type { AuditItemDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditsQueryKey } from './use-audits';

export function useAuditItems(auditId: string, options: { enabled: boolean; includeSpares: boolean }) {
  return useQuery({
    queryKey: [...auditsQueryKey, 'items', auditId, options.includeSpares],
    queryFn: ({ signal }) =>
      apiClient.get<AuditItemDto[]>(
        `/api/audits/${encodeURIComponent(auditId)}/items`,
        { includeSpares: options.includeSpares },
        signal,
      ),
    enabled: options.enabled,
  });
}
