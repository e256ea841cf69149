import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupSummary } from '../../../shared/groups.js';
import type { OccurrenceView } from '../../api/meetings.js';
import { useAccount } from '../../auth/account-context.js';
import { MeetingTimeText } from './meeting-time-text.js';

export function GroupCard({ group, next }: { group: GroupSummary; next?: OccurrenceView }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const membership = group.myMembership;
  return (
    <article className="card group-card">
      <h2 className="card__title group-card__title">
        <Link to={`/groups/${group.id}`} className="group-card__link">
          {group.name}
        </Link>
      </h2>
      <p className="group-card__meta">
        <span className="badge">{t(`groups.roles.${membership.role}`)}</span>
        {membership.status === 'pending' && <span className="badge badge--accent">{t('groups.pending')}</span>}
        {membership.agreementRequired && <span className="badge badge--notice">{t('groups.agreement.newVersionBadge')}</span>}
      </p>
      <p className="group-card__next">
        {next && account ? (
          <>
            <span className="group-card__label">{t('groups.nextMeeting')} </span>
            <MeetingTimeText startsAt={next.startsAt} viewerZone={account.timeZone} groupZone={next.timeZone} />
          </>
        ) : (
          <span className="muted">{t('groups.noUpcoming')}</span>
        )}
      </p>
    </article>
  );
}
