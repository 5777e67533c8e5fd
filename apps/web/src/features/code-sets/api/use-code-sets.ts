import type { CodeSetDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const codeSetsQueryKey = ['code-sets'] as const;

export function useCodeSets() {
  return useQuery({
    queryKey: codeSetsQueryKey,
    queryFn: ({ signal }) => apiClient.get<CodeSetDto[]>('/api/code-sets', undefined, signal),
  });
}
