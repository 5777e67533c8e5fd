import type { NotificationDto } from '@recode/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { appPath, relativeAge } from '../notification-format';

interface NotificationListProps {
  notifications: readonly NotificationDto[];
  /** Called when one is opened: mark it read (and close the panel). */
  onOpen: (notification: NotificationDto) => void;
}

function Content({ notification }: { notification: NotificationDto }) {
  const age = relativeAge(notification.createdAt, new Date());
  return (
    <>
      <span className="notification-title">{notification.title}</span>
      <span className="notification-body">{notification.body}</span>
      <time
        className="notification-time"
        dateTime={notification.createdAt}
        title={formatDateTime(notification.createdAt)}
      >
        {age ?? formatDateTime(notification.createdAt)}
      </time>
    </>
  );
}

/** Each notification is a link to what it is about; unread ones stand out (and say so to a screen reader). */
export function NotificationList({ notifications, onOpen }: NotificationListProps) {
  return (
    <ul className="notification-list">
      {notifications.map((notification) => {
        const unread = notification.readAt === null;
        const path = appPath(notification.link);
        const className = unread ? 'notification-item notification-unread' : 'notification-item';
        return (
          <li key={notification.id}>
            {path ? (
              <Link to={path} className={className} onClick={() => onOpen(notification)}>
                {unread ? <span className="visually-hidden">Unread: </span> : null}
                <Content notification={notification} />
              </Link>
            ) : (
              <button type="button" className={className} onClick={() => onOpen(notification)}>
                {unread ? <span className="visually-hidden">Unread: </span> : null}
                <Content notification={notification} />
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
