import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../api/meetings.js';
import { Section } from '../components/section.js';
import { useLoad } from '../lib/use-load.js';

/** "Sun, Mar 1, 2026" for the meeting's own calendar date (YYYY-MM-DD), whatever the clock says. */
function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** Meetings the member attended, newest first; nothing at all when there are none (the page keeps its empty state). */
export function AttendedMeetings() {
  const { t, i18n } = useTranslation();
  const list = useLoad(() => api.myAttendance(), 'my-attendance');
  const entries = list.data ?? [];
  if (entries.length === 0) return null;
  return (
    <Section title={t('progress.attended.title')} intro={t('progress.attended.intro')} className="attended">
      <ul className="attended-list">
        {entries.map((a) => (
          <li key={`${a.seriesId}:${a.date}`} className="attended-list__item">
            <time dateTime={a.date} className="attended-list__date">
              {formatDay(a.date, i18n.language)}
            </time>
            <span className="attended-list__what">
              {a.title}
              {' · '}
              <Link to={`/groups/${a.groupId}`} className="text-link">
                {a.groupName}
              </Link>
            </span>
            <span className="attended-list__badges">
              <span className="badge">{t(a.status === 'present' ? 'progress.attended.present' : 'progress.attended.excused')}</span>
              {a.status === 'present' && a.mode && (
                <span className="badge">{t(a.mode === 'online' ? 'progress.attended.online' : 'progress.attended.inPerson')}</span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
