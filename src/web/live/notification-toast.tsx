import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { NotificationItem } from '../../shared/notification-items.js';
import type { NotificationKind } from '../../shared/notifications.js';
import { getNotification, markRead } from '../api/notifications.js';
import { useLiveEvent } from './live-context.js';
import { notificationSentence } from './notification-text.js';

/**
 * Kinds another view shows prominently: the safety feature renders an SOS alert itself
 * (useLiveEvent('notification', e => e.kind === 'sos.alert' && …)), so the calm toast leaves it.
 */
export const PROMINENT_KINDS: readonly NotificationKind[] = ['sos.alert'];
const SHOWN_MS = 10_000;

/** A calm, polite note when a notification arrives live; the list itself is one tap away. */
export function NotificationToast() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [item, setItem] = useState<NotificationItem | null>(null);

  useLiveEvent('notification', (event) => {
    if (PROMINENT_KINDS.includes(event.kind) || pathname === '/notifications') return;
    getNotification(event.id).then((found) => {
      // The page open right now already shows it live (an SOS answer, a partner's message):
      // no note on top of it, and it counts as seen.
      if (found.path === window.location.pathname) markRead(found.id).catch(() => {});
      else setItem(found);
    }, () => {});
  });

  useEffect(() => {
    if (!item) return;
    const timer = setTimeout(() => setItem(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [item]);

  // The centre itself lists it: no note there.
  const shown = pathname === '/notifications' ? null : item;
  return createPortal(
    <div className="live-toast" role="status">
      {shown && (
        <div className="live-toast__card">
          <p className="live-toast__text">{notificationSentence(t, shown)}</p>
          <div className="live-toast__actions">
            <Link
              to={shown.path}
              className="button button--secondary"
              onClick={() => {
                setItem(null);
                markRead(shown.id).catch(() => {});
              }}
            >
              {t('notifications.toast.open')}
            </Link>
            <button type="button" className="button button--quiet" onClick={() => setItem(null)}>
              {t('notifications.toast.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>,
    document.body,
  );
}
