import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItem } from '../../../shared/notification-items.js';
import * as api from '../../api/notifications.js';
import { useAccount } from '../../auth/account-context.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { BellIcon } from '../../components/icons.js';
import { Page } from '../../components/page.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { useLiveEmit, useLiveEvent } from '../../live/live-context.js';
import { notificationSentence, ownWords } from '../../live/notification-text.js';
import { relativeTime } from './relative-time.js';

/** Newer ones first, without repeats (a live arrival may also be on a page loaded later). */
function merge(first: NotificationItem[], second: NotificationItem[]): NotificationItem[] {
  const seen = new Set<string>();
  return [...first, ...second].filter((n) => !seen.has(n.id) && seen.add(n.id));
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const emit = useLiveEmit();
  const list = useLoad(() => api.listNotifications(), 'notifications');
  const [older, setOlder] = useState<NotificationItem[]>([]);
  const [hasOlder, setHasOlder] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const now = useMinuteClock();
  const items = list.data ? merge(list.data, older) : undefined;

  // A new notification, or reads on another device: the first page again, older pages kept.
  useLiveEvent('notification', list.reload);
  useLiveEvent('notification.read', list.reload);

  async function act(action: () => Promise<void>, done?: string) {
    setProblem(null);
    try {
      await action();
      list.reload();
      if (done) setAnnouncement(done);
    } catch (e) {
      setProblem(errorMessage(e, t));
    }
  }

  const markOne = (id: string) =>
    act(async () => {
      await api.markRead(id);
      setOlder((current) => current.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n)));
      emit({ type: 'notification.read', id });
    });
  const markAll = () =>
    act(async () => {
      await api.markAllRead();
      setOlder((current) => current.map((n) => ({ ...n, readAt: n.readAt ?? new Date().toISOString() })));
      emit({ type: 'notification.read' });
    }, t('notifications.allRead'));

  async function showOlder() {
    const last = items?.at(-1);
    if (!last) return;
    setBusy(true);
    try {
      const page = await api.listNotifications(last.createdAt);
      setOlder((current) => merge(current, page));
      setHasOlder(page.length === api.NOTIFICATIONS_PAGE);
    } catch (e) {
      setProblem(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('notifications.title')} intro={t('notifications.intro')} className="notifications">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <FormAlert message={problem} />
      {!items ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <EmptyStateCard Icon={BellIcon} title={t('notifications.empty.title')}>
          <p>{t('notifications.empty.body')}</p>
        </EmptyStateCard>
      ) : (
        <>
          {items.some((n) => !n.readAt) && (
            <div className="notifications__toolbar">
              <button type="button" className="button button--secondary" onClick={() => void markAll()}>
                {t('notifications.markAllRead')}
              </button>
            </div>
          )}
          <ul className="notification-list" aria-label={t('notifications.title')}>
            {items.map((item) => (
              <NotificationRow key={item.id} item={item} now={now} onRead={() => void markOne(item.id)} />
            ))}
          </ul>
          {items.length >= api.NOTIFICATIONS_PAGE &&
            (hasOlder ? (
              <button type="button" className="button button--quiet notifications__older" disabled={busy} onClick={() => void showOlder()}>
                {t('notifications.older')}
              </button>
            ) : (
              <p className="muted notifications__older">{t('notifications.noMore')}</p>
            ))}
        </>
      )}
    </Page>
  );
}

/** Now, updated each minute, so "5 minutes ago" keeps telling the truth. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function NotificationRow({ item, now, onRead }: { item: NotificationItem; now: number; onRead: () => void }) {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const sentence = notificationSentence(t, item);
  const note = ownWords(item);
  const unread = !item.readAt;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <Link to={item.path} className="notification__link" onClick={unread ? onRead : undefined}>
        {unread && <span className="visually-hidden">{t('notifications.unread')}: </span>}
        <span className="notification__text">{sentence}</span>
        {note && <span className="notification__note">{t('notifications.ownWords', { note })}</span>}
        <time className="notification__time" dateTime={item.createdAt}>
          {relativeTime(item.createdAt, now, i18n.language, account?.timeZone)}
        </time>
      </Link>
      {unread && (
        <button type="button" className="button button--quiet notification__read" onClick={onRead} aria-label={t('notifications.markReadLabel', { sentence })}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}
