import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/live-session/schema.js';
import { Field } from '../../components/field.js';
import { useCommand } from './session-context.js';
import { ChoiceCheck, ShareActions } from './share-parts.js';

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
      <ChoiceCheck checked={aloud} onChange={setAloud} label={t('live.reflect.aloud')} hint={t('live.reflect.aloudHint')} />
      <ShareActions busy={busy} error={error} onPass={() => void run({ type: 'round.pass' })} />
    </form>
  );
}
