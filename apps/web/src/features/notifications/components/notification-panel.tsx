import type { NotificationDto, NotificationListDto } from '@recode/contracts';
import { useEffect, useRef } from 'react';
import { ErrorState, LoadingState } from '../../../components';
import { useMarkAllNotificationsRead } from '../api/use-mark-all-notifications-read';
import { newestFirst } from '../notification-format';
import { NotificationList } from './notification-list';

interface NotificationPanelProps {
  id: string;
  list: {
    data: NotificationListDto | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  onOpen: (notification: NotificationDto) => void;
}

export function NotificationPanel({ id, list, onOpen }: NotificationPanelProps) {
  const markAll = useMarkAllNotificationsRead();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening moves focus into the panel, so a keyboard user lands on what they asked for.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const unread = list.data?.unreadCount ?? 0;

  return (
    <section id={id} className="notification-panel" aria-labelledby={`${id}-heading`}>
      <div className="notification-panel-header">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
          Notifications
        </h2>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => markAll.mutate()}
          disabled={unread === 0 || markAll.isPending}
        >
          {markAll.isPending ? 'Marking…' : 'Mark all read'}
        </button>
      </div>
      {list.isPending ? (
        <LoadingState label="Loading notifications…" />
      ) : list.isError ? (
        <ErrorState title="Could not load notifications" error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data && list.data.items.length > 0 ? (
        <NotificationList notifications={newestFirst(list.data.items)} onOpen={onOpen} />
      ) : (
        <p className="notification-empty">
          Nothing yet. You will be told here when an audit of your work is released or a finding moves.
        </p>
      )}
    </section>
  );
}
