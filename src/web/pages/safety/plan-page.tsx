import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmptyPlan } from '../../../shared/safety-plan.js';
import { fetchPlan } from '../../api/safety.js';
import { useAccount } from '../../auth/account-context.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { FormAlert } from '../../components/form-alert.js';
import { PlanIcon } from '../../components/icons.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { CrisisLinesSection } from './crisis-lines-section.js';
import { PlanEditor } from './plan-editor.js';
import { PlanHistory } from './plan-history.js';
import { PlanView } from './plan-view.js';

/**
 * The member's safety plan: read calmly as seven numbered steps, written one step at a time.
 * The crisis lines are always at the bottom. Offline, the service worker's copy is shown.
 */
export function SafetyPlanPage() {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const loaded = useLoad(fetchPlan, 'plan');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = loaded.data?.plan;
  const offline = loaded.data?.offline ?? false;

  function edit() {
    setSaved(false);
    setEditing(true);
    window.scrollTo({ top: 0 });
  }

  let body;
  if (!current) {
    body = <LoadState error={loaded.error} onRetry={loaded.reload} />;
  } else if (editing) {
    body = (
      <PlanEditor
        initial={current.plan}
        onCancel={() => setEditing(false)}
        onSaved={(plan) => {
          loaded.setData({ plan, offline: false });
          setEditing(false);
          setSaved(true);
          window.scrollTo({ top: 0 });
        }}
      />
    );
  } else if (current.version === 0 || isEmptyPlan(current.plan)) {
    body = (
      <EmptyStateCard
        Icon={PlanIcon}
        title={t('safety.empty.title')}
        footer={
          !offline && (
            <button type="button" className="button button--primary" onClick={edit}>
              {t('safety.empty.start')}
            </button>
          )
        }
      >
        <p>{t('safety.empty.body')}</p>
      </EmptyStateCard>
    );
  } else {
    body = (
      <>
        <div className="safety-plan__bar">
          {current.updatedAt && (
            <p className="muted">
              {t('safety.savedAt', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(current.updatedAt)) })}
            </p>
          )}
          {!offline && (
            <button type="button" className="button button--secondary" onClick={edit}>
              {t('safety.edit')}
            </button>
          )}
        </div>
        <PlanView plan={current.plan} />
        {!offline && <PlanHistory key={current.version} current={current.version} />}
      </>
    );
  }

  return (
    <Page title={t('safety.title')} intro={t('safety.intro')} className="safety-page">
      {offline && (
        <p className="alert safety-offline" role="status">
          {t('safety.offline')}
        </p>
      )}
      {saved && !editing && <FormAlert tone="success" message={t('safety.saved')} />}
      {body}
      {!editing && <CrisisLinesSection country={account?.country} />}
    </Page>
  );
}
