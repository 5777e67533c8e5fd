import { z } from 'zod';

export const NOTIFICATION_KINDS = ['audit.released'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number] | (string & {});

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in the web app, e.g. /feedback?audit=… */
  link: string | null;
  entityType: string | null;
  entityId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListDto {
  items: NotificationDto[];
  unreadCount: number;
}

export const notificationListQuerySchema = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;
