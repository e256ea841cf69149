import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page.js';
import { SharedView } from './shared-view.js';

/** /people/:accountId — what that member shares with me, and nothing else. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  return (
    <Page title={t('sharing.page.title')} className="people-page">
      <SharedView key={accountId} accountId={accountId} />
      <p>
        <Link className="text-link" to="/settings#sharing">
          {t('sharing.title')}
        </Link>
      </p>
    </Page>
  );
}
