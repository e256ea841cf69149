import { useTranslation } from 'react-i18next';
import { PLAN_SECTIONS, isContactSection, type PlanContact } from '../../../shared/safety-plan.js';
import type { SharedView } from '../../api/sharing.js';
import { Section } from '../../components/section.js';

/** The member's latest safety plan, section by section; empty sections are left out. */
export function SharedPlan({ plan, name }: { plan: NonNullable<SharedView['safetyPlan']> | null; name: string }) {
  const { t } = useTranslation();
  const sections = plan ? PLAN_SECTIONS.filter((s) => plan.plan[s].length > 0) : [];
  return (
    <Section title={t('sharing.scopes.safety_plan.label')} className="shared-section">
      {sections.length === 0 || !plan ? (
        <p className="muted">{t('sharing.view.noPlan', { name })}</p>
      ) : (
        sections.map((s) => (
          <div key={s} className="shared-plan__section">
            <h3 className="shared-plan__heading">{t(`sharing.plan.${s}`)}</h3>
            <ul className="shared-plan__items">
              {isContactSection(s)
                ? (plan.plan[s] as PlanContact[]).map((c, i) => (
                    <li key={i}>
                      {c.name}
                      {c.phone && (
                        <>
                          {' · '}
                          <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                        </>
                      )}
                      {c.note && <span className="muted"> · {c.note}</span>}
                    </li>
                  ))
                : (plan.plan[s] as string[]).map((item, i) => <li key={i}>{item}</li>)}
            </ul>
          </div>
        ))
      )}
    </Section>
  );
}
