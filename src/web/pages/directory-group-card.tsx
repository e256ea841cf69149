import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryGroup } from '../api/meetings.js';
import { useAccount } from '../auth/account-context.js';
import { nextStart } from '../lib/directory-time.js';
import { languageName } from '../lib/languages.js';
import { browserTimeZone } from '../lib/time-zones.js';
import { MeetingTimeText } from './groups/meeting-time-text.js';
import { zonePlace } from '../lib/meeting-time.js';
import { recurrenceText, wallClock } from '../lib/recurrence-text.js';

export function DirectoryGroupCard({ group }: { group: DirectoryGroup }) {
  const { t, i18n } = useTranslation();
  const { account } = useAccount();
  const groupPath = `/groups/${group.id}`;
  const place = zonePlace(group.timeZone);
  const viewerZone = account?.timeZone ?? browserTimeZone();
  return (
    <article className="card group-card">
      <h2 className="card__title">{group.name}</h2>
      {group.description && <p className="group-card__description">{group.description}</p>}
      <p className="group-card__meta">
        {group.languages.map((code) => (
          <span key={code} className="badge">
            {languageName(code, i18n.language)}
          </span>
        ))}
      </p>
      {group.meetings.length > 0 && (
        <ul className="directory-meetings" aria-label={t('directory.meetingsOf', { name: group.name })}>
          {group.meetings.map((m) => (
            <li key={m.slug}>
              <strong>{m.title}</strong>
              <br />
              {t('recurrence.at', { when: recurrenceText(m.recurrence, i18n.language, t), time: wallClock(m.startTime, i18n.language), place })}
              <NextTime meeting={m} groupZone={group.timeZone} viewerZone={viewerZone} />
              <br />
              <span className="badge">{t(`meetings.format.${m.format}`)}</span>
              {m.city && <span className="badge">{m.city}</span>}
              {m.language && <span className="badge">{languageName(m.language, i18n.language)}</span>}
            </li>
          ))}
        </ul>
      )}
      {group.joinPolicy === 'invite' ? (
        <p className="muted">{t('join.inviteOnly')}</p>
      ) : account ? (
        <Link to={groupPath} className="button button--primary">
          {group.joinPolicy === 'open' ? t('directory.join') : t('directory.askToJoin')}
        </Link>
      ) : (
        <Link to={`/signup?next=${encodeURIComponent(groupPath)}`} className="button button--primary">
          {t('directory.signupToJoin')}
        </Link>
      )}
    </article>
  );
}

/** "Next: Thu, Dec 3, 4:30 PM (your time)", when the rule lets us know. */
function NextTime({ meeting, groupZone, viewerZone }: { meeting: DirectoryGroup['meetings'][number]; groupZone: string; viewerZone: string }) {
  const { t } = useTranslation();
  const startsAt = nextStart(meeting, groupZone);
  if (!startsAt) return null;
  return (
    <>
      <br />
      <span className="muted">{t('directory.next')} </span>
      <MeetingTimeText startsAt={startsAt} viewerZone={viewerZone} groupZone={groupZone} />
    </>
  );
}
