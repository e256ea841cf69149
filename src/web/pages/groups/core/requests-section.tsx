import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import * as api from '../../../api/groups.js';
import { FormAlert } from '../../../components/form-alert.js';
import { LoadState } from '../../../components/load-state.js';
import { Section } from '../../../components/section.js';
import { errorMessage } from '../../../lib/form-errors.js';
import { useLoad } from '../../../lib/use-load.js';

export function RequestsSection({ group }: { group: Group }) {
  const { t } = useTranslation();
  const list = useLoad(() => api.listRequests(group.id), group.id);
  const [error, setError] = useState<string | null>(null);

  async function answer(membershipId: string, choice: 'approve' | 'decline') {
    setError(null);
    try {
      await api.answerRequest(group.id, membershipId, choice);
      list.reload();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  }

  return (
    <Section title={t('core.requests.title')} intro={t('core.requests.intro')}>
      <FormAlert message={error} />
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : list.data.length === 0 ? (
        <p className="muted">{t('core.requests.none')}</p>
      ) : (
        <ul className="row-list">
          {list.data.map((r) => (
            <li key={r.membershipId} className="row-list__item row-list__item--stack">
              <div>
                <strong>{r.displayName}</strong>
                {r.message && <p className="request__message">{r.message}</p>}
              </div>
              <div className="row-list__actions">
                <button type="button" className="button button--primary" onClick={() => answer(r.membershipId, 'approve')}>
                  {t('core.requests.approve', { name: r.displayName })}
                </button>
                <button type="button" className="button button--secondary" onClick={() => answer(r.membershipId, 'decline')}>
                  {t('core.requests.decline')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
