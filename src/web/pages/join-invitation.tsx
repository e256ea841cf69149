import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import * as api from '../api/groups.js';
import { useAccount } from '../auth/account-context.js';
import { LoadState } from '../components/load-state.js';
import { Page } from '../components/page.js';
import { Section } from '../components/section.js';
import { languageName } from '../lib/languages.js';
import { useLoad } from '../lib/use-load.js';
import { JoinForm } from './groups/join-form.js';

/** /join/:token — works signed out: shows the group and its agreement first. */
export function JoinInvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const { account } = useAccount();
  const navigate = useNavigate();
  const preview = useLoad(() => api.previewInvitation(token), token);

  if (!preview.data) {
    return (
      <Page title={t('join.title')}>
        {preview.error?.code === 'invitation_invalid' || preview.error?.status === 404 ? (
          <div className="card">
            <p>{t('join.expired')}</p>
          </div>
        ) : (
          <LoadState error={preview.error} onRetry={preview.reload} />
        )}
      </Page>
    );
  }
  const { group, agreement } = preview.data;
  const next = encodeURIComponent(`/join/${token}`);

  async function join() {
    const joined = await api.acceptInvitation(token, agreement.version);
    navigate(`/groups/${joined.id}`, { replace: true });
  }

  return (
    <Page title={t('join.pageTitle', { name: group.name })} heading={group.name} intro={t('join.invited')}>
      {group.description && <p className="group-page__description">{group.description}</p>}
      <p className="group-page__meta">
        {group.languages.map((code) => (
          <span key={code} className="badge">
            {languageName(code, i18n.language)}
          </span>
        ))}
      </p>
      <Section title={t('groups.agreement.title')} intro={t('join.agreementIntro')}>
        <div className="agreement-text">{agreement.text}</div>
      </Section>
      <Section title={t('join.title')}>
        {account ? (
          <JoinForm submitLabel={t('join.submit')} onJoin={join} />
        ) : (
          <>
            <p>{t('join.signedOut')}</p>
            <div className="page__actions">
              <Link to={`/signup?next=${next}`} className="button button--primary button--large">
                {t('join.signup')}
              </Link>
              <Link to={`/login?next=${next}`} className="button button--secondary button--large">
                {t('join.login')}
              </Link>
            </div>
          </>
        )}
      </Section>
    </Page>
  );
}
