import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listMessages, sendMessage, type PartnerMessage } from '../../api/partners.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { MESSAGE_MAX } from '../../../shared/partners.js';
import { useLiveEvent } from '../../live/live-context.js';
import { useRefreshOnReturn } from './use-refresh.js';

interface Props {
  partnershipId: string;
  name: string;
  /** Whether new messages can be written (an active partnership). */
  open: boolean;
  /** Bumped when something was sent from elsewhere on the page (a nudge). */
  version: number;
}

/** The private thread: short messages, newest at the bottom, a box with a character count. */
export function PartnerThread({ partnershipId, name, open, version }: Props) {
  const { t, i18n } = useTranslation();
  const [tick, setTick] = useState(0);
  const thread = useLoad(() => listMessages(partnershipId), `thread:${partnershipId}:${version}:${tick}`);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useRefreshOnReturn(refresh);
  // The other person wrote: their message shows at once.
  useLiveEvent('partner.message', (e) => {
    if (e.partnershipId === partnershipId) refresh();
  });
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const count = thread.data?.length ?? 0;
  // Newest at the bottom: scroll the thread itself (never the page) to its end.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [count]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await sendMessage(partnershipId, body.trim());
      setBody('');
      refresh();
    } catch (err) {
      setError(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const text = (m: PartnerMessage) => (m.kind === 'nudge' && m.nudge !== 'custom' ? t(`partners.nudge.said.${m.nudge}`) : (m.body ?? ''));

  return (
    <Section title={t('partners.thread.title')} intro={t('partners.thread.intro', { name })}>
      {!thread.data ? (
        <LoadState error={thread.error} onRetry={thread.reload} />
      ) : thread.data.length === 0 ? (
        <p className="muted">{t('partners.thread.empty')}</p>
      ) : (
        <ol ref={listRef} className="thread" aria-label={t('partners.thread.title')} tabIndex={0}>
          {thread.data.map((m) => (
            <li key={m.id} className={m.mine ? 'thread__item thread__item--mine' : 'thread__item'}>
              <p className="thread__meta">
                {m.mine ? t('partners.thread.you') : name}
                {m.kind === 'nudge' && <span className="thread__nudge"> · {t('partners.thread.nudge')}</span>} · <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
              </p>
              <p className="thread__body">{text(m)}</p>
            </li>
          ))}
        </ol>
      )}
      {open && (
        <form className="form thread__form" onSubmit={(e) => void submit(e)}>
          <Field label={t('partners.thread.write')} hint={t('partners.thread.count', { count: body.length, max: MESSAGE_MAX })}>
            {(control) => <textarea {...control} rows={3} maxLength={MESSAGE_MAX} value={body} onChange={(e) => setBody(e.target.value)} />}
          </Field>
          <FormAlert message={error} />
          <button type="submit" className="button button--primary" disabled={busy || !body.trim()}>
            {t('partners.thread.send')}
          </button>
        </form>
      )}
    </Section>
  );
}
