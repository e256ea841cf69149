import { useTranslation } from 'react-i18next';
import { telHref } from '../../../shared/crisis-lines.js';
import { PLAN_SECTIONS, isContactSection, type PlanContact, type SafetyPlanContent } from '../../../shared/safety-plan.js';
import { PhoneIcon } from '../../components/icons.js';

/** The plan as a calm, numbered list of the seven steps; phone numbers can be tapped to call. */
export function PlanView({ plan, headingLevel = 2 }: { plan: SafetyPlanContent; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ol className="plan-steps safety-plan" aria-label={t('safety.view.listLabel')}>
      {PLAN_SECTIONS.map((section) => {
        const items = plan[section];
        return (
          <li key={section} className="plan-steps__item card">
            <Heading className="plan-steps__title">{t(`safety.sections.${section}.title`)}</Heading>
            {items.length === 0 ? (
              <p className="plan-steps__body">{t('safety.view.nothing')}</p>
            ) : isContactSection(section) ? (
              <ul className="safety-plan__items">
                {(items as PlanContact[]).map((contact, i) => (
                  <li key={i} className="safety-plan__contact">
                    <span className="safety-plan__name">{contact.name}</span>
                    {contact.note && <span className="safety-plan__note">{contact.note}</span>}
                    {contact.phone && (
                      <a className="button button--secondary safety-plan__call" href={telHref(contact.phone)}>
                        <PhoneIcon />
                        <span className="visually-hidden">{t('safety.view.call', { name: contact.name })}: </span>
                        {contact.phone}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <ul className="safety-plan__items">
                {(items as string[]).map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
