import type { CoderDto, Page } from '@recode/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export type CoderListQuery = {
  page: number;
  pageSize: number;
  q?: string;
  teamId?: string;
};

export const codersQueryKey = ['coders'] as const;

export function useCoders(query: CoderListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...codersQueryKey, 'list', query],
    queryFn: ({ signal }) => apiClient.get<Page<CoderDto>>('/api/coders', query, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
