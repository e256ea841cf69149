import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myMentoring } from '../../api/partners.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { MentorOffers } from './mentor-offers.js';
import { MentorProfileForm } from './mentor-profile-form.js';

/** /mentoring — my mentor profile and my offers to mentor, group by group. */
export function MentoringPage() {
  const { t } = useTranslation();
  const mentoring = useLoad(myMentoring, 'mentoring');
  return (
    <Page title={t('partners.mentoring.title')} intro={t('partners.mentoring.intro')} className="mentoring-page">
      <p><Link className="text-link" to="/partners">{t('partners.back')}</Link></p>
      {!mentoring.data ? (
        <LoadState error={mentoring.error} onRetry={mentoring.reload} />
      ) : (
        <>
          <MentorProfileForm mentoring={mentoring.data} onSaved={mentoring.setData} />
          <MentorOffers mentoring={mentoring.data} onChanged={mentoring.setData} />
        </>
      )}
    </Page>
  );
}
