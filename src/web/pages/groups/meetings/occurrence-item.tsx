import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '../../../../shared/groups.js';
import * as api from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { isHappeningNow } from '../../../lib/check-in-window.js';
import { inLiveWindow } from '../../live/live-window.js';
import { OccurrenceLive } from '../../live/occurrence-live.js';
import { errorMessage } from '../../../lib/form-errors.js';
import { meetingTime } from '../../../lib/meeting-time.js';
import { MeetingTimeText } from '../meeting-time-text.js';
import { AttendanceDialog } from './attendance-dialog.js';
import { CheckIn } from './check-in.js';
import { MeetingWhere } from './meeting-where.js';
import { MoveOccurrenceDialog } from './move-occurrence-dialog.js';

interface Props {
  occurrence: api.OccurrenceView;
  viewerZone: string;
  group?: Group;
  /** The core team may cancel, move, restore and take attendance. */
  core?: boolean;
  onChanged?: () => void;
}

export function OccurrenceItem({ occurrence: o, viewerZone, group, core, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'attendance' | 'move' | null>(null);
  const cancelled = o.status === 'cancelled';
  const moved = o.status === 'moved';
  const groupId = group?.id ?? o.groupId ?? '';
  const checkIn = groupId && isHappeningNow(o) ? <CheckIn occurrence={o} groupId={groupId} /> : null;
  const planned = moved && o.originalStartsAt ? meetingTime(o.originalStartsAt, viewerZone, o.timeZone, i18n.language) : null;

  async function change(action: 'cancel' | 'restore') {
    setError(null);
    try {
      if (action === 'restore') await api.restoreOccurrence(groupId, o.seriesId, o.date);
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
        {moved && <span className="badge badge--accent">{t('meetings.moved')}</span>}
      </p>
      {planned && <p className="occurrence__planned">{t('meetings.movedFrom', { day: planned.day, time: planned.time })}</p>}
      {!cancelled && <MeetingWhere occurrence={o} />}
      {groupId && inLiveWindow(o) ? (
        <OccurrenceLive occurrence={o} groupId={groupId} core={Boolean(core && group)} otherwise={checkIn} />
      ) : (
        checkIn
      )}
      {core && group && (
        <div className="occurrence__tools">
          {!cancelled && (
            <button type="button" className="button button--secondary" onClick={() => setDialog('attendance')} aria-haspopup="dialog">
              {t('attendance.open')}
            </button>
          )}
          {!cancelled && (
            <button type="button" className="button button--quiet" onClick={() => setDialog('move')} aria-haspopup="dialog">
              {t('meetings.move.open')}
            </button>
          )}
          {cancelled || moved ? (
            <button type="button" className="button button--quiet" onClick={() => void change('restore')}>
              {cancelled ? t('meetings.restore') : t('meetings.restoreTime')}
            </button>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => void change('cancel')}>
              {t('meetings.cancel')}
            </button>
          )}
          <FormAlert message={error} />
          {dialog === 'attendance' && <AttendanceDialog group={group} occurrence={o} viewerZone={viewerZone} onClose={() => setDialog(null)} />}
          {dialog === 'move' && (
            <MoveOccurrenceDialog groupId={groupId} occurrence={o} onMoved={() => (setDialog(null), onChanged?.())} onClose={() => setDialog(null)} />
          )}
        </div>
      )}
    </article>
  );
}
