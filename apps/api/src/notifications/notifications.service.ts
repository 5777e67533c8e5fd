import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationDto, NotificationListDto, NotificationListQuery } from '@recode/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { notFound } from '../common/errors';
import type { AuthedContext } from '../common/request-context';
import { changeRows, selectRow, selectRows } from '../database/sql';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  entityType?: string | null;
  entityId?: string | null;
}

const COLUMNS = `id, kind, title, body, link, entity_type AS "entityType", entity_id AS "entityId", created_at AS "createdAt", read_at AS "readAt"`;

const notificationRow = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
type NotificationRow = z.infer<typeof notificationRow>;
const idRow = z.object({ id: z.string() });

const toDto = (row: NotificationRow): NotificationDto => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt?.toISOString() ?? null,
});

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Inserts in one statement; an existing (user, kind, entity) is left as it was, so a retry notifies nobody twice. */
  async notifyMany(notes: readonly NewNotification[], manager: EntityManager = this.db.manager): Promise<number> {
    if (notes.length === 0) return 0;
    const rows = await selectRows(
      manager,
      idRow,
      `INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (user_id, kind, entity_id) DO NOTHING RETURNING id`,
      [
        notes.map((n) => n.userId),
        notes.map((n) => n.kind),
        notes.map((n) => n.title),
        notes.map((n) => n.body),
        notes.map((n) => n.link ?? null),
        notes.map((n) => n.entityType ?? null),
        notes.map((n) => n.entityId ?? null),
      ],
    );
    return rows.length;
  }

  async list(ctx: AuthedContext, query: NotificationListQuery): Promise<NotificationListDto> {
    const rows = await selectRows(
      this.db,
      notificationRow,
      `SELECT ${COLUMNS} FROM notifications WHERE user_id = $1 ${query.unreadOnly ? 'AND read_at IS NULL' : ''}
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [ctx.user.id, query.limit],
    );
    const counted = await selectRow(
      this.db,
      z.object({ unread: z.number() }),
      'SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL',
      [ctx.user.id],
    );
    return { items: rows.map(toDto), unreadCount: counted?.unread ?? 0 };
  }

  /** Someone else's notification is "not found", not "forbidden": its existence is not theirs to learn. */
  async markRead(ctx: AuthedContext, id: string): Promise<NotificationDto> {
    const { rows } = await changeRows(
      this.db,
      notificationRow,
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, ctx.user.id],
    );
    const row = rows[0];
    if (!row) throw notFound('NOTIFICATION_NOT_FOUND', 'Notification');
    return toDto(row);
  }

  async markAllRead(ctx: AuthedContext): Promise<{ updated: number }> {
    const { count } = await changeRows(
      this.db,
      z.unknown(),
      'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [ctx.user.id],
    );
    return { updated: count };
  }
}
