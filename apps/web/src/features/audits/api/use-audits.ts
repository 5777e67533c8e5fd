import type { AuditStatus, AuditSummaryDto, Page } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export type AuditListParams = {
  page: number;
  pageSize: number;
  status?: AuditStatus;
};

export const auditsQueryKey = ['audits'] as const;

export function useAudits(query: AuditListParams) {
  return useQuery({
    queryKey: [...auditsQueryKey, 'list', query],
    queryFn: ({ signal }) => apiClient.get<Page<AuditSummaryDto>>('/api/audits', query, signal),
    placeholderData: keepPreviousData,
  });
}
