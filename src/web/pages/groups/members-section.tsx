import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { LoadState } from '../../components/load-state.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';

export function MembersSection({ group }: { group: Group }) {
  const { t } = useTranslation();
  const members = useLoad(() => api.listMembers(group.id), group.id);
  return (
    <Section title={t('groups.members.title')} intro={t('groups.members.intro')}>
      {!members.data ? (
        <LoadState error={members.error} onRetry={members.reload} />
      ) : (
        <ul className="member-list">
          {members.data.map((m) => (
            <li key={m.membershipId} className="member">
              <span className="member__avatar" aria-hidden="true">
                {m.displayName.trim().charAt(0).toUpperCase() || '·'}
              </span>
              <span className="member__name">
                {m.displayName}
                {m.username && <span className="muted"> @{m.username}</span>}
              </span>
              {m.role !== 'member' && <span className="badge badge--accent">{t(`groups.roles.${m.role}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
