import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, type Partnership } from '../../api/partners.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Section } from '../../components/section.js';
import { errorMessage } from '../../lib/form-errors.js';

interface Props {
  incoming: Partnership[];
  outgoing: Partnership[];
  onChanged: () => void;
}

/** Requests both ways. Declining is gentle and silent; a closed request of mine reads only "closed". */
export function RequestList({ incoming, outgoing, onChanged }: Props) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState<Partnership | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function act(id: string, action: 'accept' | 'decline' | 'withdraw') {
    setBusy(true);
    setError(null);
    try {
      await answer(id, action);
      setDeclining(null);
      onChanged();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }
  if (incoming.length === 0 && outgoing.length === 0) return null;
  return (
    <Section title={t('partners.requests.title')}>
      {error && !declining && <p className="alert alert--error" role="alert">{error}</p>}
      <ul className="request-list">
        {incoming.map((p) => (
          <li key={p.id} className="request">
            <p className="request__text">{t(p.kind === 'mentor' ? 'partners.requests.incomingMentor' : 'partners.requests.incoming', { name: p.other.name })}</p>
            {p.message && <blockquote className="request__note">{p.message}</blockquote>}
            <div className="request__actions">
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void act(p.id, 'accept')}>
                {t('partners.requests.accept')}
              </button>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setDeclining(p)}>
                {t('partners.requests.decline')}
              </button>
            </div>
          </li>
        ))}
        {outgoing.map((p) => (
          <li key={p.id} className="request">
            <p className="request__text">{t(p.kind === 'mentor' ? 'partners.requests.outgoingMentor' : 'partners.requests.outgoing', { name: p.other.name })}</p>
            <p className="muted">{t('partners.requests.noReplyYet')}</p>
            <div className="request__actions">
              <button type="button" className="button button--quiet" disabled={busy} onClick={() => void act(p.id, 'withdraw')}>
                {t('partners.requests.withdraw')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={declining !== null}
        title={t('partners.requests.declineTitle')}
        body={<p>{t('partners.requests.declineBody', { name: declining?.other.name ?? '' })}</p>}
        confirm={t('partners.requests.declineConfirm')}
        error={declining ? error : null}
        busy={busy}
        onConfirm={() => declining && void act(declining.id, 'decline')}
        onClose={() => setDeclining(null)}
      />
    </Section>
  );
}
