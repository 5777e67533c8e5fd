import type { NotificationListDto } from '@recode/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const notificationsQueryKey = ['notifications'] as const;

/** How often the bell asks for news: often enough to notice a release, rarely enough to be no load. */
export const NOTIFICATION_POLL_MS = 15_000;

/** The newest notifications and the unread count in one call; the bell polls it, the panel lists it. */
export function useNotifications(limit = 20) {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'list', { limit }],
    queryFn: ({ signal }) => apiClient.get<NotificationListDto>('/api/notifications', { limit }, signal),
    refetchInterval: NOTIFICATION_POLL_MS,
    staleTime: 0,
  });
}
