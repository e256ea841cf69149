import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../auth/account-context.js';
import { respondToSos, type SosAlert, type SosResponse } from '../../api/safety.js';
import { FormAlert } from '../../components/form-alert.js';
import { Page } from '../../components/page.js';
import { errorMessage } from '../../lib/form-errors.js';

const ANSWERS: SosResponse[] = ['here', 'calling'];

/** A recipient's side: who needs support, their message, and two one-tap answers. */
export function SosRecipientView({ alert, onChange }: { alert: SosAlert; onChange: (a: SosAlert) => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { account } = useAccount();
  const name = alert.sender.name;
  const others = alert.recipients.filter((r) => r.response && r.accountId !== account?.id);
  const sentAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(alert.createdAt));

  async function answer(response: SosResponse) {
    setBusy(true);
    setError(null);
    try {
      onChange(await respondToSos(alert.id, response));
    } catch (e) {
      setError(errorMessage(e, t));
    }
    setBusy(false);
  }

  return (
    <Page title={t('sos.page.title')} heading={t('sos.page.recipientTitle', { name })} intro={t('sos.page.sentAt', { time: sentAt })} className="sos-page">
      {alert.message && (
        <figure className="card sos-message">
          <figcaption className="muted">{t('sos.page.messageLabel')}</figcaption>
          <blockquote>{alert.message}</blockquote>
        </figure>
      )}
      {alert.resolvedAt ? (
        <p className="alert alert--success" role="status">
          {t('sos.page.recipientResolved', { name })}
        </p>
      ) : (
        <section className="card sos-answer" aria-labelledby="sos-answer-intro">
          <p id="sos-answer-intro">{t('sos.page.answerIntro', { name })}</p>
          <div className="sos-answer__buttons">
            {ANSWERS.map((a) => (
              <button key={a} type="button" className={alert.myResponse === a ? 'button button--primary' : 'button button--secondary'} aria-pressed={alert.myResponse === a} disabled={busy} onClick={() => void answer(a)}>
                {t(`sos.page.responses.${a}`)}
              </button>
            ))}
          </div>
          {alert.myResponse && (
            <p role="status" className="sos-answer__done">
              {t('sos.page.answered', { name, response: t(`sos.page.responses.${alert.myResponse}`) })}
            </p>
          )}
          <FormAlert message={error} />
        </section>
      )}
      {others.length > 0 && (
        <section className="card sos-responses" aria-labelledby="sos-others">
          <h2 id="sos-others" className="card__title">
            {t('sos.page.others')}
          </h2>
          <ul className="sos-responses__list">
            {others.map((r) => (
              <li key={r.accountId} className="sos-responses__item sos-responses__item--answered">
                <span className="sos-responses__name">{r.name}</span>
                <span className="sos-responses__answer">{r.response && t(`sos.page.responses.${r.response}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
