import type { WorklistItemDto, WorklistQuery } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const worklistQueryKey = ['worklist'] as const;

export function useWorklist(status: WorklistQuery['status']) {
  return useQuery({
    queryKey: [...worklistQueryKey, status],
    queryFn: ({ signal }) => apiClient.get<WorklistItemDto[]>('/api/worklist', { status }, signal),
    placeholderData: keepPreviousData,
  });
}
