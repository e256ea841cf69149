import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersion, SafetyPlan } from '../../api/safety.js';
import { getPlanVersion, listPlanVersions } from '../../api/safety.js';
import { FormAlert } from '../../components/form-alert.js';
import { CloseIcon } from '../../components/icons.js';
import { Modal } from '../../components/modal.js';
import { errorMessage } from '../../lib/form-errors.js';
import { PlanView } from './plan-view.js';

/**
 * Earlier versions of the plan, read-only: every save is kept, so a member can look back at
 * what helped before. Loaded only when the member opens the list.
 */
export function PlanHistory({ current }: { current: number }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [versions, setVersions] = useState<PlanVersion[] | null>(null);
  const [shown, setShown] = useState<SafetyPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  function load() {
    if (versions) return;
    listPlanVersions().then(
      (all) => setVersions(all.filter((v) => v.version < current)),
      (err: unknown) => setError(errorMessage(err, t)),
    );
  }

  function open(version: number) {
    setError(null);
    getPlanVersion(version).then(setShown, (err: unknown) => setError(errorMessage(err, t)));
  }

  if (current < 2) return null;
  return (
    <details className="plan-history" onToggle={(e) => (e.currentTarget.open ? load() : undefined)}>
      <summary>{t('safety.history.summary')}</summary>
      <FormAlert message={error} />
      {versions && (
        <ul className="plan-history__list">
          {versions.map((v) => (
            <li key={v.version}>
              <button type="button" className="button button--quiet" onClick={() => open(v.version)}>
                {t('safety.history.version', { n: v.version, date: date(v.createdAt) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Modal open={shown !== null} onClose={() => setShown(null)} labelledBy={titleId} className="plan-history__dialog">
        <div className="modal__header">
          <h2 id={titleId} className="modal__title">
            {shown && t('safety.history.version', { n: shown.version, date: shown.updatedAt ? date(shown.updatedAt) : '' })}
          </h2>
          <button type="button" className="icon-button" onClick={() => setShown(null)} aria-label={t('common.close')}>
            <CloseIcon />
          </button>
        </div>
        <p className="modal__intro">{t('safety.history.readOnly')}</p>
        {shown && <PlanView plan={shown.plan} />}
      </Modal>
    </details>
  );
}
