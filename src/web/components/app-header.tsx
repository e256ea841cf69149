import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../auth/account-context.js';
import { NeedHelpButton } from './need-help-button.js';
import { NotificationBell } from './notification-bell.js';

export function AppHeader() {
  const { t } = useTranslation();
  const { account } = useAccount();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link to={account ? '/today' : '/'} className="brand" aria-label={t('app.homeLink')}>
          <img src="/icon.svg" alt="" width="32" height="32" className="brand__mark" />
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <div className="app-header__actions">
          {account === null && (
            <Link to="/directory" className="header-link">
              {t('header.directory')}
            </Link>
          )}
          <NeedHelpButton />
          {account && <NotificationBell />}
          {account && (
            <Link to="/settings" className="account-chip" aria-label={t('header.accountLink', { name: account.displayName })}>
              <span className="account-chip__avatar" aria-hidden="true">
                {account.displayName.trim().charAt(0).toUpperCase() || '·'}
              </span>
              <span className="account-chip__name">{account.displayName}</span>
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
