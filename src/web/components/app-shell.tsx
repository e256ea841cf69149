import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches } from 'react-router';
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
  // A page for a shared screen (a live session's room view) keeps the header and its
  // "Need help now", but not the navigation.
  const bare = useMatches().some((match) => (match.handle as { bare?: boolean } | undefined)?.bare);
  return (
    <div className={['app', signedIn && 'app--signed-in', bare && 'app--bare'].filter(Boolean).join(' ')}>
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
        {signedIn && !bare && <MainNav />}
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
