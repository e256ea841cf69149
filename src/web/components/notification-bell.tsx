import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unreadCount } from '../api/notifications.js';
import { useLiveEvent } from '../live/live-context.js';
import { NotificationToast } from '../live/notification-toast.js';
import { BellIcon } from './icons.js';

/** The header's way to the notification centre, with the unread count kept live. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [count, setCount] = useState(0);
  const asked = useRef(0);
  // Only the latest answer counts: events can ask again before an earlier answer arrives.
  const refresh = useCallback(() => {
    const ask = ++asked.current;
    unreadCount().then(
      (n) => ask === asked.current && setCount(n),
      () => {},
    );
  }, []);
  useEffect(refresh, [refresh]);
  useLiveEvent('hello', refresh);
  useLiveEvent('notification', refresh);
  useLiveEvent('notification.read', refresh);

  return (
    <>
      <Link
        to="/notifications"
        className={count > 0 ? 'notification-bell notification-bell--unread' : 'notification-bell'}
        aria-label={count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.label')}
      >
        <BellIcon />
        {count > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </Link>
      <NotificationToast />
    </>
  );
}
