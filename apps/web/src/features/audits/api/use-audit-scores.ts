import type { AuditScoresDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditsQueryKey } from './use-audits';

export function useAuditScores(auditId: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: [...auditsQueryKey, 'scores', auditId],
    queryFn: ({ signal }) =>
      apiClient.get<AuditScoresDto>(`/api/audits/${encodeURIComponent(auditId)}/scores`, undefined, signal),
    enabled: options.enabled,
  });
}
