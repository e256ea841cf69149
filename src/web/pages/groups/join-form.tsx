import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_MESSAGE_MAX } from '../../../shared/groups.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';

interface JoinFormProps {
  submitLabel: string;
  /** Requests to join may carry a short note to the core team. */
  withMessage?: boolean;
  onJoin: (message: string | undefined) => Promise<void>;
}

/** "I have read and accept the group agreement" + the join button. */
export function JoinForm({ submitLabel, withMessage, onJoin }: JoinFormProps) {
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState(false);
  const [message, setMessage] = useState('');
  const [checkError, setCheckError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!accepted) {
      setCheckError(t('groups.agreement.checkFirst'));
      return;
    }
    setBusy(true);
    try {
      await onJoin(message.trim() || undefined);
    } catch (e) {
      setError(errorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert message={error} />
      {withMessage && (
        <Field label={t('join.messageLabel')} optional hint={t('join.messageHint')}>
          {(a11y) => <textarea {...a11y} rows={3} maxLength={REQUEST_MESSAGE_MAX} value={message} onChange={(e) => setMessage(e.target.value)} />}
        </Field>
      )}
      <div className={checkError ? 'field field--error' : 'field'}>
        <label className="choice choice--single">
          <input
            type="checkbox"
            checked={accepted}
            aria-invalid={checkError ? true : undefined}
            aria-describedby={checkError ? 'join-accept-error' : undefined}
            onChange={(e) => (setAccepted(e.target.checked), setCheckError(null))}
          />
          <span className="choice__label">{t('join.acceptLabel')}</span>
        </label>
        {checkError && (
          <p id="join-accept-error" className="field__error">
            {checkError}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary button--large" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
