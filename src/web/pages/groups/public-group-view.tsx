import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, PublicGroup } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { Page } from '../../components/page.js';
import { Section } from '../../components/section.js';
import { JoinForm } from './join-form.js';

/** A group the viewer is not an active member of: what it is, its agreement, and how to join. */
export function PublicGroupView({ group, onJoined }: { group: Group | PublicGroup; onJoined: () => void }) {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const pending = requested || ('myMembership' in group && group.myMembership.status === 'pending');

  async function join(message: string | undefined) {
    const result = await api.joinGroup(group.id, group.agreement.version, message);
    if ('status' in result && result.status === 'pending') setRequested(true);
    else onJoined();
  }

  return (
    <Page title={group.name} intro={group.description || undefined}>
      <Section title={t('groups.agreement.title')} intro={t('join.agreementIntro')}>
        <div className="agreement-text">{group.agreement.text}</div>
      </Section>
      <Section title={t('join.title')}>
        {pending ? (
          <p role="status">{t('join.pending')}</p>
        ) : group.joinPolicy === 'invite' ? (
          <p>{t('join.inviteOnly')}</p>
        ) : (
          <JoinForm
            withMessage={group.joinPolicy === 'request'}
            submitLabel={group.joinPolicy === 'request' ? t('join.ask') : t('join.submit')}
            onJoin={join}
          />
        )}
      </Section>
    </Page>
  );
}
