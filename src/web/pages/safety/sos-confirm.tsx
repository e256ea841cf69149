import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SOS_MESSAGE_MAX } from '../../../shared/sos-message.js';
import { sendSos, sosRecipients, type SosPerson } from '../../api/safety.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';

export const listOf = (names: string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/**
 * The step between "I need support now" and the alert: who it will reach, an optional
 * message, and a Cancel, so nobody is alerted by accident. Sending opens the SOS page.
 */
export function SosConfirm({ titleId, onCancel, onSent }: { titleId: string; onCancel: () => void; onSent: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [people, setPeople] = useState<SosPerson[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // If this fails (offline), send anyway shows the error; the crisis lines are one tap back.
    sosRecipients().then((p) => current && setPeople(p), () => current && setPeople([]));
    return () => {
      current = false;
    };
  }, []);

  // The dialog stays open while its content changes: move focus to the new question.
  useEffect(() => document.getElementById(titleId)?.focus(), [titleId]);

  async function send() {
    setBusy(true);
    setError(null);
    try {
      const sos = await sendSos(message.trim() || undefined);
      onSent();
      void navigate(`/sos/${sos.id}`);
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  const nobody = people !== null && people.length === 0;
  return (
    <div className="sos-confirm">
      <h2 id={titleId} className="modal__title" tabIndex={-1}>
        {t('sos.confirm.title')}
      </h2>
      {people === null ? (
        <p className="loading" role="status">
          {t('sos.confirm.loading')}
        </p>
      ) : nobody ? (
        <p className="modal__intro">{t('sos.confirm.nobody')}</p>
      ) : (
        <p className="modal__intro sos-confirm__names">{t('sos.confirm.willAlert', { names: listOf(people.map((p) => p.name), i18n.language) })}</p>
      )}
      {!nobody && (
        <Field label={t('sos.confirm.message')} hint={t('sos.confirm.messageHint')} optional>
          {(control) => <textarea {...control} rows={3} maxLength={SOS_MESSAGE_MAX} value={message} onChange={(e) => setMessage(e.target.value)} />}
        </Field>
      )}
      <FormAlert message={error} />
      <div className="modal__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('sos.confirm.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void send()} disabled={busy || people === null}>
          {busy ? t('sos.confirm.sending') : nobody ? t('sos.confirm.openPlan') : t('sos.confirm.send')}
        </button>
      </div>
    </div>
  );
}
