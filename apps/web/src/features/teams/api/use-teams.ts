import type { TeamDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const teamsQueryKey = ['teams'] as const;

export function useTeams() {
  return useQuery({
    queryKey: teamsQueryKey,
    queryFn: ({ signal }) => apiClient.get<TeamDto[]>('/api/teams', undefined, signal),
  });
}
