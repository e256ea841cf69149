import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myLiveSessions } from '../api/live-sessions.js';
import { Section } from '../components/section.js';
import { useLiveEvent } from '../live/live-context.js';
import { useLoad } from '../lib/use-load.js';

/** "Live now — Join" for a session running in one of my groups; after one, a way to give feedback. */
export function TodayLive() {
  const { t } = useTranslation();
  const sessions = useLoad(() => myLiveSessions(), 'today-live');
  useLiveEvent('meeting.live', () => sessions.reload());
  const running = (sessions.data ?? []).filter((s) => s.status === 'running');
  const feedback = (sessions.data ?? []).filter((s) => s.status === 'ended' && s.canGiveFeedback);
  if (running.length === 0 && feedback.length === 0) return null;
  return (
    <Section title={running.length > 0 ? t('live.today.title') : t('live.today.afterTitle')} className="today-live">
      <ul className="live-today">
        {running.map((s) => (
          <li key={s.id} className="live-today__item">
            <p className="live-today__what">
              <span className="badge live-badge live-badge--live">{t('live.entry.liveNow')}</span> {s.title} · {s.groupName}
            </p>
            <Link to={`/live/${s.id}`} className="button button--primary" aria-label={t(s.joined ? 'live.entry.openNamed' : 'live.entry.joinNamed', { title: s.title })}>
              {s.joined ? t('live.entry.open') : t('live.entry.join')}
            </Link>
          </li>
        ))}
        {feedback.map((s) => (
          <li key={s.id} className="live-today__item">
            <p className="live-today__what">{t('live.today.howWasIt', { title: s.title, group: s.groupName })}</p>
            <Link to={`/live/${s.id}`} className="button button--secondary">
              {t('live.today.feedback')}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
