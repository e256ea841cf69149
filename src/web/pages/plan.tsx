import { useTranslation } from 'react-i18next';
import { Page } from '../components/page.js';

const SECTIONS = ['warningSigns', 'onMyOwn', 'distractions', 'askForHelp', 'professionals', 'saferSurroundings', 'reasons'];

export function PlanPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('plan.title')} intro={t('plan.intro')}>
      <section className="card" aria-labelledby="plan-sections">
        <h2 id="plan-sections" className="card__title">
          {t('plan.sectionsTitle')}
        </h2>
        <ol className="plan-steps">
          {SECTIONS.map((key) => (
            <li key={key} className="plan-steps__item">
              <h3 className="plan-steps__title">{t(`plan.sections.${key}.title`)}</h3>
              <p className="plan-steps__body">{t(`plan.sections.${key}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>
      <p className="page__note">{t('plan.crisisNote')}</p>
    </Page>
  );
}
