import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../../api/cravings.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';
import { formatDay } from './day-format.js';

/** The member's local date and time of a craving, in their language. */
function when(c: api.Craving, language: string): string {
  const day = formatDay(c.localDate, language, { weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.parse(`${c.localDate}T${c.localTime}:00Z`),
  );
  return `${day}, ${time}`;
}

export function CravingItem({ craving: c, onDeleted }: { craving: api.Craving; onDeleted: () => void }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.deleteCraving(c.id);
      onDeleted();
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <article className="craving card" aria-label={when(c, i18n.language)}>
      <div className="craving__head">
        <p className="craving__when">{when(c, i18n.language)}</p>
        <p className="craving__intensity">{t('cravingLog.intensityOf', { n: c.intensity })}</p>
      </div>
      <p className="craving__badges">
        <span className={c.outcome === 'rode_it_out' ? 'badge badge--accent' : 'badge'}>{t(`cravingLog.outcomeShort.${c.outcome}`)}</span>
        {c.durationMinutes !== null && <span className="badge">{t('cravingLog.minutes', { count: c.durationMinutes })}</span>}
        {c.triggers.map((trigger) => (
          <span key={trigger} className="badge">
            {t(`cravingLog.trigger.${trigger}`)}
          </span>
        ))}
      </p>
      {c.situation && (
        <p className="craving__text">
          <span className="craving__label">{t('cravingLog.situation')}: </span>
          {c.situation}
        </p>
      )}
      {c.action && (
        <p className="craving__text">
          <span className="craving__label">{t('cravingLog.action')}: </span>
          {c.action}
        </p>
      )}
      <FormAlert message={error} />
      <div className="craving__tools">
        {confirming ? (
          <>
            <span className="craving__confirm">{t('cravingLog.confirmDelete')}</span>
            <button type="button" className="button button--danger" disabled={busy} onClick={remove}>
              {t('cravingLog.delete')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              {t('cravingLog.keep')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('cravingLog.deleteLabel', { when: when(c, i18n.language) })}
            onClick={() => setConfirming(true)}
          >
            {t('cravingLog.delete')}
          </button>
        )}
      </div>
    </article>
  );
}
