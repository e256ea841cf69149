import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/account.js';
import { useAccount } from '../../auth/account-context.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/form-errors.js';
import { describeUserAgent } from '../../lib/user-agent.js';
import { SettingsSection } from './section.js';
import { useSessions } from './use-sessions.js';

export function SessionsList() {
  const { t } = useTranslation();
  const { sessions, error, revoke, reload } = useSessions();
  const [revokeError, setRevokeError] = useState<string | null>(null);

  async function onRevoke(id: string) {
    setRevokeError(null);
    try {
      await revoke(id);
    } catch (e) {
      setRevokeError(errorMessage(e, t));
    }
  }

  return (
    <SettingsSection title={t('settings.sessions.title')} intro={t('settings.sessions.intro')}>
      <FormAlert message={revokeError} />
      {error ? (
        <div className="alert alert--error" role="alert">
          {errorMessage(error, t)}{' '}
          <button type="button" className="button button--quiet" onClick={reload}>
            {t('common.tryAgain')}
          </button>
        </div>
      ) : sessions === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <ul className="session-list" aria-label={t('settings.sessions.listLabel')}>
          {sessions.map((s) => (
            <SessionRow key={s.id} session={s} onRevoke={() => void onRevoke(s.id)} />
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}

function SessionRow({ session, onRevoke }: { session: SessionInfo; onRevoke: () => void }) {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const { browser, os } = describeUserAgent(session.userAgent);
  const device =
    browser && os
      ? t('settings.sessions.browserOn', { browser, os })
      : (browser ?? os ?? t('settings.sessions.unknownDevice'));
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: account?.timeZone });
  return (
    <li className="session">
      <div className="session__text">
        <p className="session__device">
          {device}
          {session.current && <span className="badge badge--accent">{t('settings.sessions.thisDevice')}</span>}
        </p>
        <p className="session__meta">
          {t('settings.sessions.lastActive', { when: format.format(new Date(session.lastSeenAt)) })}
          {' · '}
          {t('settings.sessions.started', { when: format.format(new Date(session.createdAt)) })}
        </p>
      </div>
      {!session.current && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onRevoke}
          aria-label={t('settings.sessions.revokeLabel', { device })}
        >
          {t('settings.sessions.revoke')}
        </button>
      )}
    </li>
  );
}
