import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../api/meetings.js';
import { errorMessage } from '../lib/form-errors.js';
import { useLoad } from '../lib/use-load.js';
import { CopyButton } from './copy-button.js';
import { FormAlert } from './form-alert.js';
import { Section } from './section.js';

/**
 * "Subscribe in your calendar": a private feed of one group's meetings, or of all of mine.
 * The server shows a feed's URL only once, when it is created; later it can only be revoked.
 */
export function CalendarFeedSection({ groupId }: { groupId?: string }) {
  const { t, i18n } = useTranslation();
  const feeds = useLoad(api.listCalendarFeeds, 'feeds');
  const [fresh, setFresh] = useState<{ id: string; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (feeds.error?.status === 404) return null;
  const mine = (feeds.data ?? []).filter((f) => (groupId ? f.groupId === groupId : !f.groupId));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      feeds.reload();
    } catch (e) {
      setError(errorMessage(e, t));
    }
    setBusy(false);
  }
  const create = () =>
    run(async () => {
      const feed = await api.createCalendarFeed(groupId);
      setFresh({ id: feed.id, url: feed.url });
    });
  const revoke = (id: string) =>
    run(async () => {
      await api.revokeCalendarFeed(id);
      if (fresh?.id === id) setFresh(null);
    });

  return (
    <Section title={t('calendar.title')} intro={groupId ? t('calendar.introGroup') : t('calendar.introAll')}>
      <FormAlert message={error} />
      {fresh && (
        <div className="new-link" role="status">
          <p className="new-link__label">{t('calendar.created')}</p>
          <code className="new-link__url">{fresh.url}</code>
          <div className="row-list__actions">
            <CopyButton text={fresh.url} label={t('calendar.copy')} />
            <a href={fresh.url.replace(/^https?:/, 'webcal:')} className="button button--quiet">
              {t('calendar.open')}
            </a>
          </div>
          <p className="field__hint">{t('calendar.private')}</p>
        </div>
      )}
      {mine.length > 0 && (
        <ul className="row-list" aria-label={t('calendar.listLabel')}>
          {mine.map((feed) => (
            <li key={feed.id} className="row-list__item">
              <span>{t('calendar.since', { date: date.format(new Date(feed.createdAt)) })}</span>
              <button type="button" className="button button--quiet" disabled={busy} onClick={() => revoke(feed.id)}>
                {t('calendar.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {feeds.data && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={create}>
          {mine.length > 0 ? t('calendar.createAnother') : t('calendar.create')}
        </button>
      )}
    </Section>
  );
}
