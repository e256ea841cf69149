import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '../../../shared/groups.js';
import { groupLiveSessions } from '../../api/live-sessions.js';
import { Section } from '../../components/section.js';
import { useLiveEvent } from '../../live/live-context.js';
import { useLoad } from '../../lib/use-load.js';

/** For the core team: the group's live sessions, newest first, each with its summary. */
export function PastSessionsSection({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const list = useLoad(() => groupLiveSessions(group.id), `group-live:${group.id}`);
  useLiveEvent('meeting.live', (event) => {
    if (event.groupId === group.id) list.reload();
  });
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Section title={t('live.past.title')} intro={t('live.past.intro')} className="live-past">
      {!list.data || list.data.length === 0 ? (
        <p className="muted">{t('live.past.none')}</p>
      ) : (
        <ul className="live-past__list">
          {list.data.map((s) => (
            <li key={s.id} className="live-past__item">
              <span className="live-past__what">
                <span className="live-past__title">{s.title}</span>
                <span className="muted">{when.format(new Date(s.startedAt))}</span>
              </span>
              {s.status === 'running' ? (
                <Link to={`/live/${s.id}`} className="text-link">
                  {t('live.past.running')}
                </Link>
              ) : (
                <Link to={`/live/${s.id}/summary`} className="text-link" aria-label={t('live.past.summaryNamed', { title: s.title, date: when.format(new Date(s.startedAt)) })}>
                  {t('live.past.summary')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
