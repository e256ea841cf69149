import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/live-session/schema.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { useCommand } from './session-context.js';

/** My turn at closing: one takeaway and, if I like, one small commitment for the week. */
export function ClosingShareForm() {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [takeaway, setTakeaway] = useState('');
  const [commitment, setCommitment] = useState('');
  const [aloud, setAloud] = useState(false);

  function share(event: FormEvent) {
    event.preventDefault();
    void run({ type: 'round.reflect', takeaway: takeaway.trim() || null, commitment: commitment.trim() || null, commitmentAloud: aloud });
  }

  return (
    <form className="live-share" onSubmit={share} noValidate aria-labelledby="live-reflect-title">
      <h3 id="live-reflect-title" className="live-share__title">
        {t('live.reflect.title')}
      </h3>
      <p className="live-share__hint">{t('live.share.passHint')}</p>
      <Field label={t('live.reflect.takeaway')} optional>
        {(a11y) => (
          <input {...a11y} maxLength={LIMITS.takeaway} autoComplete="off" value={takeaway} onChange={(e) => setTakeaway(e.target.value)} />
        )}
      </Field>
      <Field label={t('live.reflect.commitment')} optional hint={t('live.reflect.commitmentHint')}>
        {(a11y) => (
          <input
            {...a11y}
            maxLength={LIMITS.commitment}
            autoComplete="off"
            placeholder={t('live.reflect.placeholder')}
            value={commitment}
            onChange={(e) => setCommitment(e.target.value)}
          />
        )}
      </Field>
      <label className="choice live-check">
        <input type="checkbox" checked={aloud} onChange={(e) => setAloud(e.target.checked)} />
        <span className="choice__text">
          <span className="choice__label">{t('live.reflect.aloud')}</span>
          <span className="choice__hint">{t('live.reflect.aloudHint')}</span>
        </span>
      </label>
      <FormAlert message={error} />
      <div className="live-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('live.share.share')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run({ type: 'round.pass' })}>
          {t('live.share.pass')}
        </button>
      </div>
    </form>
  );
}
