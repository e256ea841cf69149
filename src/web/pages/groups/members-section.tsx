import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Member } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';
import { ManageMemberDialog } from './core/manage-member-dialog.js';

/**
 * What I may do to a row: a facilitator changes anyone's role (also their own, to step
 * back) and removes anyone else; a co-facilitator removes members and co-facilitators.
 */
function abilities(me: Group['myMembership'], m: Member) {
  const self = m.membershipId === me.membershipId;
  const changeRole = me.role === 'facilitator';
  const remove = !self && (me.role === 'facilitator' || (me.role === 'co_facilitator' && m.role !== 'facilitator'));
  return { self, changeRole, remove };
}

export function MembersSection({ group, onMyRoleChanged }: { group: Group; onMyRoleChanged: () => void }) {
  const { t } = useTranslation();
  const members = useLoad(() => api.listMembers(group.id), group.id);
  const [managing, setManaging] = useState<Member | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const me = group.myMembership;

  function changed(text: string, mine: boolean) {
    setStatus(text);
    members.reload();
    if (mine) onMyRoleChanged();
  }

  return (
    <Section title={t('groups.members.title')} intro={t('groups.members.intro')}>
      <FormAlert message={status} tone="success" />
      {!members.data ? (
        <LoadState error={members.error} onRetry={members.reload} />
      ) : (
        <ul className="member-list">
          {members.data.map((m) => {
            const can = abilities(me, m);
            return (
              <li key={m.membershipId} className="member">
                <span className="member__avatar" aria-hidden="true">
                  {m.displayName.trim().charAt(0).toUpperCase() || '·'}
                </span>
                {/* Name first; the role badge wraps under it when the column is narrow. */}
                <span className="member__who">
                  <span className="member__name">
                    {m.displayName}
                    {can.self && <span className="muted"> {t('groups.members.you')}</span>}
                    {m.username && <span className="muted"> @{m.username}</span>}
                  </span>
                  {m.role !== 'member' && <span className="badge badge--accent">{t(`groups.roles.${m.role}`)}</span>}
                </span>
                {(can.changeRole || can.remove) && (
                  <button
                    type="button"
                    className="button button--quiet member__manage"
                    aria-haspopup="dialog"
                    onClick={() => (setStatus(null), setManaging(m))}
                  >
                    {t('core.members.manage')}
                    <span className="visually-hidden"> ({m.displayName})</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {managing && (
        <ManageMemberDialog
          group={group}
          member={managing}
          {...abilities(me, managing)}
          onDone={(text) => (setManaging(null), changed(text, managing.membershipId === me.membershipId))}
          onClose={() => setManaging(null)}
        />
      )}
    </Section>
  );
}
