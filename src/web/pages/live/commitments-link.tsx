import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../components/section.js';

/** From Progress: the way to my commitments from group sessions and the lines I kept. */
export function CommitmentsLink() {
  const { t } = useTranslation();
  return (
    <Section title={t('live.commitments.title')} intro={t('live.commitments.linkIntro')} className="live-commitments-link">
      <Link to="/commitments" className="text-link">
        {t('live.commitments.link')}
      </Link>
    </Section>
  );
}
