import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { decideMentor, groupMentors } from '../../../api/partners.js';
import { FormAlert } from '../../../components/form-alert.js';
import { LoadState } from '../../../components/load-state.js';
import { Section } from '../../../components/section.js';
import { errorMessage } from '../../../lib/form-errors.js';
import { useLoad } from '../../../lib/use-load.js';

/** Core team: members who offered to mentor in this group, waiting for a yes or no; and who mentors now. */
export function MentorApprovalsSection({ group }: { group: Group }) {
  const { t } = useTranslation();
  const list = useLoad(() => groupMentors(group.id), `mentors:${group.id}`);
  const [error, setError] = useState<string | null>(null);
  async function decide(accountId: string, status: 'approved' | 'declined') {
    setError(null);
    try {
      await decideMentor(group.id, accountId, status);
      list.reload();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  }
  const pending = list.data?.filter((m) => m.status === 'pending') ?? [];
  const approved = list.data?.filter((m) => m.status === 'approved') ?? [];
  return (
    <Section title={t('partners.approvals.title')} intro={t('partners.approvals.intro')}>
      <FormAlert message={error} />
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : (
        <>
          {pending.length === 0 ? (
            <p className="muted">{t('partners.approvals.none')}</p>
          ) : (
            <ul className="row-list">
              {pending.map((m) => (
                <li key={m.accountId} className="row-list__item row-list__item--stack">
                  <div>
                    <strong>{m.name}</strong>
                    {m.availability && <p className="request__message">{m.availability}</p>}
                    {m.about && <p className="request__message">{m.about}</p>}
                  </div>
                  <div className="row-list__actions">
                    <button type="button" className="button button--primary" onClick={() => void decide(m.accountId, 'approved')}>
                      {t('partners.approvals.approve', { name: m.name })}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => void decide(m.accountId, 'declined')}>
                      {t('partners.approvals.decline', { name: m.name })}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {approved.length > 0 && <p className="field__hint">{t('partners.approvals.current', { names: approved.map((m) => m.name).join(', ') })}</p>}
        </>
      )}
    </Section>
  );
}
