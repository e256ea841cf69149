import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { sendNudge, type Nudge } from '../../api/partners.js';
import { Field } from '../../components/field.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { NUDGE_TEXT_MAX } from '../../../shared/partners.js';

/** One tap to let them know I'm thinking of them; a kind note when the day's nudges are used up. */
export function NudgeBar({ partnershipId, name, onSent }: { partnershipId: string; name: string; onSent: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function nudge(kind: Nudge, custom?: string) {
    setBusy(true);
    setStatus(null);
    try {
      await sendNudge(partnershipId, kind, custom);
      setStatus({ tone: 'success', text: t('partners.nudge.sent', { name }) });
      setText('');
      onSent();
    } catch (e) {
      const limited = e instanceof ApiError && e.status === 429;
      setStatus({ tone: 'error', text: limited ? t('partners.nudge.limited', { name }) : errorMessage(e, t) });
    } finally {
      setBusy(false);
    }
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim()) void nudge('custom', text.trim());
  }

  return (
    <Section title={t('partners.nudge.title')} intro={t('partners.nudge.intro', { name })}>
      <div className="nudge-bar">
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void nudge('thinking_of_you')}>
          {t('partners.nudge.thinking_of_you')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void nudge('check_in')}>
          {t('partners.nudge.check_in')}
        </button>
      </div>
      <form className="nudge-custom" onSubmit={submit}>
        <Field label={t('partners.nudge.customLabel')}>
          {(control) => <input {...control} type="text" maxLength={NUDGE_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--quiet" disabled={busy || !text.trim()}>
          {t('partners.nudge.send')}
        </button>
      </form>
      <p className={status ? `alert alert--${status.tone} partner-toast` : 'partner-toast'} role="status">
        {status?.text}
      </p>
    </Section>
  );
}
