import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '../../../../shared/groups.js';
import * as api from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { isHappeningNow } from '../../../lib/check-in-window.js';
import { errorMessage } from '../../../lib/form-errors.js';
import { MeetingTimeText } from '../meeting-time-text.js';
import { AttendanceDialog } from './attendance-dialog.js';
import { CheckIn } from './check-in.js';
import { MeetingWhere } from './meeting-where.js';

interface Props {
  occurrence: api.OccurrenceView;
  viewerZone: string;
  group?: Group;
  /** The core team may cancel, restore and take attendance. */
  core?: boolean;
  onChanged?: () => void;
}

export function OccurrenceItem({ occurrence: o, viewerZone, group, core, onChanged }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  const cancelled = o.status === 'cancelled';
  const groupId = group?.id ?? o.groupId ?? '';

  async function toggleCancelled() {
    setError(null);
    try {
      if (cancelled) await api.restoreOccurrence(groupId, o.seriesId, o.date);
      else await api.cancelOccurrence(groupId, o.seriesId, o.date);
      onChanged?.();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  }

  return (
    <article className={cancelled ? 'occurrence occurrence--cancelled' : 'occurrence'}>
      <div className="occurrence__when">
        <MeetingTimeText startsAt={o.startsAt} viewerZone={viewerZone} groupZone={o.timeZone} />
      </div>
      <h3 className="occurrence__title">
        {cancelled ? <del>{o.title}</del> : o.title}
        {!group && o.groupName && (
          <>
            {' · '}
            <Link to={`/groups/${o.groupId}`} className="occurrence__group">
              {o.groupName}
            </Link>
          </>
        )}
      </h3>
      <p className="occurrence__badges">
        <span className="badge">{t(`meetings.format.${o.format}`)}</span>
        {cancelled && <span className="badge badge--notice">{t('meetings.cancelled')}</span>}
        {o.status === 'moved' && <span className="badge badge--accent">{t('meetings.moved')}</span>}
      </p>
      {!cancelled && <MeetingWhere occurrence={o} />}
      {groupId && isHappeningNow(o) && <CheckIn occurrence={o} groupId={groupId} />}
      {core && group && (
        <div className="occurrence__tools">
          {!cancelled && (
            <button type="button" className="button button--secondary" onClick={() => setAttendanceOpen(true)} aria-haspopup="dialog">
              {t('attendance.open')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={toggleCancelled}>
            {cancelled ? t('meetings.restore') : t('meetings.cancel')}
          </button>
          <FormAlert message={error} />
          {attendanceOpen && <AttendanceDialog group={group} occurrence={o} viewerZone={viewerZone} onClose={() => setAttendanceOpen(false)} />}
        </div>
      )}
    </article>
  );
}
