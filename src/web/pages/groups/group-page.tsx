import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Group } from '../../../shared/groups.js';
import * as api from '../../api/groups.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { languageName } from '../../lib/languages.js';
import { useLoad } from '../../lib/use-load.js';
import { CalendarFeedSection } from '../../components/calendar-feed-section.js';
import { AgreementBanner, AgreementSection } from './agreement-section.js';
import { CelebrationsSection } from './celebrations-section.js';
import { CoreTeamTools } from './core/core-team-tools.js';
import { LeaveGroup } from './leave-group.js';
import { MembersSection } from './members-section.js';
import { UpcomingSection } from './meetings/upcoming-section.js';
import { PublicGroupView } from './public-group-view.js';

export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const group = useLoad(() => api.fetchGroup(id), id);
  if (!group.data) {
    return (
      <Page title={t('groups.title')}>
        <LoadState error={group.error} onRetry={group.reload} />
      </Page>
    );
  }
  if (!api.isMemberView(group.data) || group.data.myMembership.status !== 'active') {
    return <PublicGroupView group={group.data} onJoined={group.reload} />;
  }
  return <MemberGroupView group={group.data} onChange={group.setData} onReload={group.reload} />;
}

interface MemberViewProps {
  group: Group;
  onChange: (g: Group) => void;
  /** Fetch the group again: after a new agreement version or a change of my own role. */
  onReload: () => void;
}

function MemberGroupView({ group, onChange, onReload }: MemberViewProps) {
  const { t, i18n } = useTranslation();
  const { state } = useLocation();
  const membership = group.myMembership;
  const core = api.isCoreTeam(membership.role);
  const blocked = membership.agreementRequired;
  // Adding, editing or deleting a meeting refreshes the upcoming list and the schedule.
  const [meetingsVersion, setMeetingsVersion] = useState(0);
  const meetingsChanged = () => setMeetingsVersion((n) => n + 1);
  return (
    <Page title={group.name} intro={group.description || undefined} className="group-page">
      <p className="group-page__meta">
        <span className="badge badge--accent">{t(`groups.roles.${membership.role}`)}</span>
        {group.languages.map((code) => (
          <span key={code} className="badge">
            {languageName(code, i18n.language)}
          </span>
        ))}
        <span className="badge">{group.timeZone.replaceAll('_', ' ')}</span>
      </p>
      {(state as { created?: boolean } | null)?.created && (
        <div className="alert alert--success" role="status">
          {t('groups.new.created')}
        </div>
      )}
      {blocked && <AgreementBanner group={group} onAccepted={onChange} />}
      <div className="group-layout">
        {!blocked && (
          <div className="group-layout__main">
            <UpcomingSection group={group} version={meetingsVersion} />
            <CelebrationsSection group={group} />
          </div>
        )}
        <div className="group-layout__side">
          <AgreementSection group={group} onPublished={onReload} />
          {!blocked && <MembersSection group={group} onMyRoleChanged={onReload} />}
          {!blocked && <CalendarFeedSection groupId={group.id} />}
        </div>
      </div>
      {core && !blocked && <CoreTeamTools group={group} meetingsVersion={meetingsVersion} onMeetingsChanged={meetingsChanged} />}
      <LeaveGroup group={group} />
    </Page>
  );
}
