import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { listOutbox, type OutboxMail, type OutboxPage as OutboxPageData } from '../../api/outbox.js';
import { useAccount } from '../../auth/account-context.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import '../../styles/outbox.css';

/** The instance admin's mail outbox: e-mail Kindred kept because no SMTP server is configured. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { account } = useAccount();
  const isAdmin = account?.role === 'admin';
  return (
    <Page title={t('outbox.title')} intro={t('outbox.intro')}>
      {isAdmin ? <OutboxList /> : <p className="alert alert--error">{t('outbox.adminOnly')}</p>}
    </Page>
  );
}

function OutboxList() {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const first = useLoad(() => listOutbox(), 'outbox');
  // Older pages the admin asked for, after the first.
  const [older, setOlder] = useState<OutboxPageData[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  if (!first.data) return <LoadState error={first.error} onRetry={first.reload} />;

  const pages = [first.data, ...older];
  const mails = pages.flatMap((p) => p.mails);
  const next = pages[pages.length - 1]!.next;
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: account?.timeZone });
  const loadMore = async () => {
    if (!next) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await listOutbox(next);
      setOlder((list) => [...list, page]);
    } catch (e) {
      setMoreError(e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e)));
    } finally {
      setLoadingMore(false);
    }
  };

  if (mails.length === 0) return <p className="card">{t('outbox.empty')}</p>;
  return (
    <section className="card" aria-label={t('outbox.listLabel')}>
      <ul className="outbox-list">
        {mails.map((mail) => (
          <OutboxItem key={mail.id} mail={mail} when={format.format(new Date(mail.createdAt))} />
        ))}
      </ul>
      {moreError !== null && (
        <p className="alert alert--error" role="alert">
          {errorMessage(moreError, t)}
        </p>
      )}
      {next && (
        <button type="button" className="button button--secondary outbox__more" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t('common.loading') : t('outbox.older')}
        </button>
      )}
    </section>
  );
}

function OutboxItem({ mail, when }: { mail: OutboxMail; when: string }) {
  const { t } = useTranslation();
  return (
    <li className="outbox-mail">
      <p className="outbox-mail__subject">{mail.subject}</p>
      <p className="outbox-mail__meta">{t('outbox.meta', { to: mail.to, when })}</p>
      <details className="disclosure">
        <summary className="disclosure__summary">{t('outbox.showText')}</summary>
        <p className="outbox-mail__text">{mail.text}</p>
      </details>
    </li>
  );
}
