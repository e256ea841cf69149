import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAccount } from '../auth/account-context.js';
import { HeartIcon, PeopleIcon, PlanIcon } from '../components/icons.js';
import { usePageTitle } from '../components/use-page-title.js';

export function LandingPage() {
  const { t } = useTranslation();
  const { account, farewell } = useAccount();
  usePageTitle('');
  if (account) return <Navigate to="/today" replace />;

  return (
    <div className="landing">
      {farewell && (
        <div className="alert alert--success" role="status">
          {t(`landing.farewell.${farewell}`)}
        </div>
      )}
      <section className="landing__hero">
        <h1 className="landing__title">{t('landing.title')}</h1>
        <p className="landing__lead">{t('landing.lead')}</p>
        <div className="landing__actions">
          <Link to="/signup" className="button button--primary button--large">
            {t('auth.signup.submit')}
          </Link>
          <Link to="/login" className="button button--secondary button--large">
            {t('auth.login.submit')}
          </Link>
        </div>
        <p className="landing__directory">
          <Link to="/directory" className="text-link">
            {t('landing.directory')}
          </Link>
        </p>
      </section>
      <ul className="landing__features">
        <li className="feature">
          <PeopleIcon className="feature__icon" />
          <h2 className="feature__title">{t('landing.features.groups.title')}</h2>
          <p>{t('landing.features.groups.body')}</p>
        </li>
        <li className="feature">
          <HeartIcon className="feature__icon" />
          <h2 className="feature__title">{t('landing.features.private.title')}</h2>
          <p>{t('landing.features.private.body')}</p>
        </li>
        <li className="feature">
          <PlanIcon className="feature__icon" />
          <h2 className="feature__title">{t('landing.features.safety.title')}</h2>
          <p>{t('landing.features.safety.body')}</p>
        </li>
      </ul>
    </div>
  );
}
