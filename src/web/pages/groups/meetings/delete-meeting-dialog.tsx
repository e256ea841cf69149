import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { deleteMeeting, type MeetingSeries } from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { Modal } from '../../../components/modal.js';
import { errorMessage } from '../../../lib/form-errors.js';

interface Props {
  group: Group;
  series: MeetingSeries;
  onDeleted: (series: MeetingSeries) => void;
  onClose: () => void;
}

/** Deleting a series takes its dates and attendance with it, so it asks first; keeping it has the focus. */
export function DeleteMeetingDialog({ group, series, onDeleted, onClose }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await deleteMeeting(group.id, series.id);
      onDeleted(series);
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <Modal open onClose={onClose} labelledBy="delete-meeting-title" describedBy="delete-meeting-body">
      <h2 id="delete-meeting-title" className="modal__title">
        {t('meetings.delete.title', { title: series.title })}
      </h2>
      <p id="delete-meeting-body">{t('meetings.delete.body')}</p>
      <FormAlert message={error} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t('meetings.delete.keep')}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={confirm}>
          {t('meetings.delete.confirm')}
        </button>
      </div>
    </Modal>
  );
}
