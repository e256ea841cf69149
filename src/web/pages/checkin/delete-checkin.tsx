import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import * as api from '../../api/checkins.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { errorMessage } from '../../lib/form-errors.js';

/**
 * A quiet way to take back a saved day, after asking. Goal days recorded for it stay: a lapse
 * is data, and deleting the check-in does not rewrite it. Then back to the calendar.
 */
export function DeleteCheckin({ date, dayText }: { date: string; dayText: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.deleteCheckin(date);
      navigate('/checkin/history', { state: { deleted: date } });
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <div className="checkin-delete">
      <button type="button" className="button button--quiet" aria-haspopup="dialog" onClick={() => setAsking(true)}>
        {t('checkin.remove.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('checkin.remove.title', { day: dayText })}
        body={<p>{t('checkin.remove.body')}</p>}
        confirm={t('checkin.remove.confirm')}
        error={error}
        busy={busy}
        onConfirm={() => void remove()}
        onClose={() => {
          setAsking(false);
          setError(null);
        }}
      />
    </div>
  );
}
