import { useTranslation } from 'react-i18next';
import type { DirectoryMeeting, MeetingSeries } from '../../../api/meetings.js';
import { usePhaseTitle } from '../../../lib/phase-title.js';
import { recurrenceText, wallClock } from '../../../lib/recurrence-text.js';

/** A series at a glance: name, when (the group's wall clock), format, and its agenda. */
export function SeriesSummary({ series: s }: { series: MeetingSeries }) {
  const { t, i18n } = useTranslation();
  const phaseTitle = usePhaseTitle();
  const when = recurrenceText(s.recurrence as DirectoryMeeting['recurrence'], i18n.language, t);
  return (
    <div className="series-summary">
      <h3 className="series-summary__title">{s.title}</h3>
      <p className="series-summary__when">
        {t('meetings.schedule.when', { when, time: wallClock(s.startTime, i18n.language), length: t('meetings.minutes', { count: s.durationMinutes }) })}
      </p>
      <p className="occurrence__badges">
        <span className="badge">{t(`meetings.format.${s.format}`)}</span>
        <span className="badge">{t(`meetings.open.${s.open ? 'open' : 'closed'}.label`)}</span>
      </p>
      <ol className="agenda-summary" aria-label={t('meetings.agenda.title')}>
        {s.agenda.map((p, i) => (
          <li key={i}>
            {phaseTitle(p)} <span className="agenda-summary__minutes">{t('meetings.minutesShort', { count: p.minutes })}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
