import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import * as api from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { LoadState } from '../../../components/load-state.js';
import { Modal } from '../../../components/modal.js';
import { errorMessage } from '../../../lib/form-errors.js';
import { meetingTime } from '../../../lib/meeting-time.js';
import { useLoad } from '../../../lib/use-load.js';

type Marks = Record<string, api.AttendanceStatus>;

/** The sheet lists every active member, marked or not. */
async function loadSheet(group: Group, o: api.OccurrenceView) {
  const sheet = await api.fetchAttendance(group.id, o.seriesId, o.date);
  const marks: Marks = Object.fromEntries(sheet.entries.map((e) => [e.membershipId, e.status]));
  return { members: sheet.entries, marks };
}

interface Props {
  group: Group;
  occurrence: api.OccurrenceView;
  viewerZone: string;
  onClose: () => void;
}

/** Present / excused for each member at one meeting; nothing marked means nothing recorded. */
export function AttendanceDialog({ group, occurrence: o, viewerZone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const sheet = useLoad(() => loadSheet(group, o), `${o.seriesId}:${o.date}`);
  const [marks, setMarks] = useState<Marks>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const when = meetingTime(o.startsAt, viewerZone, o.timeZone, i18n.language);

  const loaded = sheet.data?.marks;
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- seed the editable copy once the saved marks arrive
    if (loaded) setMarks(loaded);
  }, [loaded]);

  function mark(membershipId: string, status: 'present' | 'excused') {
    setMarks((m) => ({ ...m, [membershipId]: m[membershipId] === status ? null : status }));
  }

  async function save() {
    if (!sheet.data) return;
    setBusy(true);
    setMessage(null);
    try {
      const entries = sheet.data.members.map((m) => ({ membershipId: m.membershipId, status: marks[m.membershipId] ?? null }));
      await api.saveAttendance(group.id, o.seriesId, o.date, entries);
      setMessage({ tone: 'success', text: t('attendance.saved') });
    } catch (e) {
      setMessage({ tone: 'error', text: errorMessage(e, t) });
    }
    setBusy(false);
  }

  return (
    <Modal open onClose={onClose} labelledBy="attendance-title" className="modal--wide">
      <h2 id="attendance-title" className="modal__title">
        {t('attendance.title', { title: o.title, day: when.day })}
      </h2>
      <p className="muted">{t('attendance.intro')}</p>
      {!sheet.data ? (
        <LoadState error={sheet.error} onRetry={sheet.reload} />
      ) : (
        <ul className="attendance-list">
          {sheet.data.members.map((m) => (
            <li key={m.membershipId} className="attendance-row">
              <span className="attendance-row__name">{m.displayName}</span>
              <span className="attendance-row__toggles" role="group" aria-label={m.displayName}>
                {(['present', 'excused'] as const).map((status) => (
                  <button
                    key={status}
                    type="button"
                    className="toggle"
                    aria-pressed={marks[m.membershipId] === status}
                    onClick={() => mark(m.membershipId, status)}
                  >
                    {t(`attendance.${status}`)}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="button button--primary" disabled={busy || !sheet.data} onClick={save}>
          {t('attendance.save')}
        </button>
      </div>
    </Modal>
  );
}
