import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isEmptyPlan } from '../../../shared/safety-plan.js';
import { fetchPlan, resolveSos, type SosAlert } from '../../api/safety.js';
import { useAccount } from '../../auth/account-context.js';
import { FormAlert } from '../../components/form-alert.js';
import { Page } from '../../components/page.js';
import { errorMessage } from '../../lib/form-errors.js';
import { useLoad } from '../../lib/use-load.js';
import { CrisisLinesSection } from './crisis-lines-section.js';
import { PlanView } from './plan-view.js';
import { listOf } from './sos-confirm.js';

/** The member's side: who was alerted and their answers as they arrive, then their plan and the crisis lines. */
export function SosSenderView({ alert, onChange }: { alert: SosAlert; onChange: (a: SosAlert) => void }) {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const plan = useLoad(fetchPlan, 'plan');
  const planHeadingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const someone = alert.recipients.length > 0;

  async function resolve() {
    setBusy(true);
    try {
      onChange(await resolveSos(alert.id));
    } catch (e) {
      setError(errorMessage(e, t));
    }
    setBusy(false);
  }

  const stored = plan.data?.plan;
  return (
    <Page
      title={t('sos.page.title')}
      heading={someone ? t('sos.page.alertedTitle') : t('sos.page.noneTitle')}
      intro={someone ? t('sos.page.alertedIntro', { names: listOf(alert.recipients.map((r) => r.name), i18n.language) }) : t('sos.page.noneBody')}
      className="sos-page"
    >
      {someone ? (
        <section className="card sos-responses" aria-label={t('sos.page.responsesLabel')}>
          <ul className="sos-responses__list" aria-live="polite">
            {alert.recipients.map((r) => (
              <li key={r.accountId} className={r.response ? 'sos-responses__item sos-responses__item--answered' : 'sos-responses__item'}>
                <span className="sos-responses__name">{r.name}</span>
                <span className="sos-responses__answer">{r.response ? t(`sos.page.responses.${r.response}`) : t('sos.page.waiting')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="sos-choose">
          <Link to="/partners" className="button button--secondary">
            {t('sos.page.choosePartners')}
          </Link>
          <Link to="/settings#sharing" className="button button--quiet">
            {t('sos.page.choosePrivacy')}
          </Link>
        </div>
      )}

      <FormAlert message={error} />
      {alert.resolvedAt ? (
        <p className="alert alert--success" role="status">
          {t('sos.page.resolved')}
        </p>
      ) : (
        <button type="button" className="button button--primary button--block sos-ok" onClick={() => void resolve()} disabled={busy}>
          {t('sos.page.ok')}
        </button>
      )}

      {/* Not a card: the plan's steps are cards already. */}
      <section className="sos-plan" aria-labelledby={planHeadingId}>
        <h2 id={planHeadingId} className="sos-plan__title">
          {t('sos.page.planTitle')}
        </h2>
        {stored && !isEmptyPlan(stored.plan) ? (
          <PlanView plan={stored.plan} headingLevel={3} />
        ) : stored ? (
          <div className="card">
            <p>{t('sos.page.noPlan')}</p>
            <Link to="/plan" className="button button--secondary">
              {t('sos.page.makePlan')}
            </Link>
          </div>
        ) : null}
      </section>
      <CrisisLinesSection country={account?.country} />
    </Page>
  );
}
