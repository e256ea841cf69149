import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/page.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} intro={t('notFound.body')}>
      <p>
        <Link to="/" className="button button--primary">
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
