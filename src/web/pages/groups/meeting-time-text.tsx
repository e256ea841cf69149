import { useTranslation } from 'react-i18next';
import { meetingTime } from '../../lib/meeting-time.js';

/** "Sun, Mar 7, 5:00 PM (your time) · 6:00 PM in New York". */
export function MeetingTimeText({ startsAt, viewerZone, groupZone }: { startsAt: string; viewerZone: string; groupZone: string }) {
  const { t, i18n } = useTranslation();
  const m = meetingTime(startsAt, viewerZone, groupZone, i18n.language);
  return (
    <span className="meeting-time">
      <time dateTime={startsAt} className="meeting-time__mine">
        {m.groupTime ? t('meetings.time.yours', { day: m.day, time: m.time }) : t('meetings.time.plain', { day: m.day, time: m.time })}
      </time>
      {m.groupTime && (
        <span className="meeting-time__group"> · {t('meetings.time.group', { time: m.groupTime, place: m.groupPlace })}</span>
      )}
    </span>
  );
}
