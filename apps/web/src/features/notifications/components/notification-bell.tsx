import type { NotificationDto } from '@recode/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useMarkNotificationRead } from '../api/use-mark-notification-read';
import { useNotifications } from '../api/use-notifications';
import { bellLabelParts } from '../notification-format';
import { NotificationPanel } from './notification-panel';

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/** The header's bell: polls the unread count, and opens a panel of the newest notifications. */
export function NotificationBell() {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const unread = list.data?.unreadCount ?? 0;
  const label = bellLabelParts(unread);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const closeOnOutside = (event: MouseEvent) => {
      if (rootRef.current && event.target instanceof Node && !rootRef.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('mousedown', closeOnOutside);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('mousedown', closeOnOutside);
    };
  }, [open]);

  const toggle = () => {
    if (!open) void list.refetch();
    setOpen(!open);
  };

  const openNotification = (notification: NotificationDto) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    setOpen(false);
  };

  return (
    <div className="notification-bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-small btn-on-dark notification-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
      >
        <BellIcon />
        {/* The name comes from the content, so the badge's visible text is part of it (WCAG 2.5.3). */}
        <span className="visually-hidden">{label.before}</span>
        {label.badge ? <span className="notification-badge">{label.badge}</span> : null}
        {label.after ? <span className="visually-hidden">{label.after}</span> : null}
      </button>
      {open ? <NotificationPanel id={panelId} list={list} onOpen={openNotification} /> : null}
    </div>
  );
}
