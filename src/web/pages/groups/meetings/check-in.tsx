import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../../../api/meetings.js';
import { FormAlert } from '../../../components/form-alert.js';
import { errorMessage } from '../../../lib/form-errors.js';

/** A calm "I'm here" for a member while the meeting is on; hybrid meetings ask how. */
export function CheckIn({ occurrence: o, groupId }: { occurrence: api.OccurrenceView; groupId: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function checkIn(mode: api.CheckInMode) {
    setError(null);
    setBusy(true);
    try {
      await api.checkIn(groupId, o.seriesId, o.date, mode);
      setDone(true);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="check-in">
        <p className="alert alert--success" role="status">
          {t('checkIn.done')}
        </p>
      </div>
    );
  }
  const modes: api.CheckInMode[] = o.format === 'hybrid' ? ['in_person', 'online'] : [o.format === 'online' ? 'online' : 'in_person'];
  return (
    <div className="check-in" role="group" aria-label={t('checkIn.modeLabel', { title: o.title })}>
      {modes.map((mode) => (
        <button key={mode} type="button" className="button button--secondary" disabled={busy} onClick={() => void checkIn(mode)}>
          {o.format === 'hybrid' ? t(mode === 'online' ? 'checkIn.online' : 'checkIn.inPerson') : t('checkIn.here')}
        </button>
      ))}
      <FormAlert message={error} />
    </div>
  );
}
