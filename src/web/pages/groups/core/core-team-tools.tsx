import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import { AddMeetingForm } from '../meetings/add-meeting-form.js';
import { PastSessionsSection } from '../../live/past-sessions-section.js';
import { InvitationsSection } from './invitations-section.js';
import { MentorApprovalsSection } from './mentor-approvals-section.js';
import { RequestsSection } from './requests-section.js';
import { ScheduleSection } from './schedule-section.js';

interface Props {
  group: Group;
  /** Bumped whenever the schedule changes anywhere on the page. */
  meetingsVersion: number;
  onMeetingsChanged: () => void;
}

/** Tools only the core team sees, kept in their own clearly marked area. */
export function CoreTeamTools({ group, meetingsVersion, onMeetingsChanged }: Props) {
  const { t } = useTranslation();
  return (
    <section className="core-tools" aria-labelledby="core-tools-title">
      <header className="core-tools__header">
        <h2 id="core-tools-title" className="core-tools__title">
          {t('core.title')}
        </h2>
        <p className="core-tools__intro">{t('core.intro')}</p>
      </header>
      <AddMeetingForm group={group} onCreated={onMeetingsChanged} />
      <ScheduleSection group={group} version={meetingsVersion} onChanged={onMeetingsChanged} />
      <PastSessionsSection group={group} />
      <InvitationsSection group={group} />
      {group.joinPolicy === 'request' && <RequestsSection group={group} />}
      <MentorApprovalsSection group={group} />
    </section>
  );
}
