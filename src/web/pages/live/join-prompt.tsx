import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../../api/live-sessions.js';
import { FormAlert } from '../../components/form-alert.js';
import { useLoad } from '../../lib/use-load.js';
import { liveErrorMessage } from './live-errors.js';

/** Not in the session (yet, or any more): how am I here, in person or online? Joining records attendance. */
export function JoinPrompt({ sessionId, left, onJoin }: { sessionId: string; left: boolean; onJoin: (mode: api.AttendMode) => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = useLoad(() => api.myLiveSessions(), `live-sessions:${sessionId}`);
  const info = mine.data?.find((s) => s.id === sessionId);

  async function join(mode: api.AttendMode) {
    setBusy(true);
    setError(null);
    try {
      await onJoin(mode);
    } catch (e) {
      setError(liveErrorMessage(e, t));
      setBusy(false);
    }
  }

  if (info?.status === 'ended') {
    return (
      <section className="card live-join">
        <p>{t('live.join.ended')}</p>
        <Link to="/today" className="text-link">
          {t('live.join.today')}
        </Link>
      </section>
    );
  }
  return (
    <section className="card live-join" aria-labelledby="live-join-title">
      <h2 id="live-join-title" className="card__title">
        {info ? t('live.join.titleNamed', { title: info.title, group: info.groupName }) : t('live.join.title')}
      </h2>
      {left && (
        <p className="alert alert--success" role="status">
          {t('live.join.left')}
        </p>
      )}
      <p>{t('live.join.body')}</p>
      <div className="live-actions" role="group" aria-label={t('live.join.how')}>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void join('in_person')}>
          {t('live.join.inPerson')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void join('online')}>
          {t('live.join.online')}
        </button>
      </div>
      <FormAlert message={error} />
      {left && (
        <Link to="/today" className="text-link">
          {t('live.join.today')}
        </Link>
      )}
    </section>
  );
}
