import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAccount } from '../auth/account-context.js';
import { AppHeader } from './app-header.js';
import { LanguageSwitcher } from './language-switcher.js';
import { MainNav } from './main-nav.js';
import { SosBanner } from '../pages/safety/sos-banner.js';

export function AppShell() {
  const { t } = useTranslation();
  const { account, loadError, retry } = useAccount();
  const { pathname } = useLocation();
  const signedIn = Boolean(account);
  return (
    <div className={signedIn ? 'app app--signed-in' : 'app'}>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      {signedIn && <SosBanner />}
      {loadError && (
        <div className="banner" role="alert">
          <span>{t('errors.network')}</span>
          <button type="button" className="button button--quiet" onClick={retry}>
            {t('common.tryAgain')}
          </button>
        </div>
      )}
      <div className="app__body">
        {signedIn && <MainNav />}
        <main id="main" className="app__main" tabIndex={-1}>
          {account === undefined ? (
            <p className="loading" role="status">
              {t('common.loading')}
            </p>
          ) : (
            <Outlet />
          )}
        </main>
      </div>
      {!signedIn && account !== undefined && (
        <footer className="app-footer">
          {/* The signup form has its own language field. */}
          {pathname !== '/signup' && <LanguageSwitcher />}
          <p className="app-footer__note">{t('app.footer')}</p>
          <Link to="/directory" className="text-link">
            {t('directory.title')}
          </Link>
        </footer>
      )}
    </div>
  );
}
