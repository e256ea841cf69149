import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/groups.js';
import * as api from '../../../api/meetings.js';
import { isCoreTeam } from '../../../api/groups.js';
import { useAccount } from '../../../auth/account-context.js';
import { LoadState } from '../../../components/load-state.js';
import { Section } from '../../../components/section.js';
import { useLoad } from '../../../lib/use-load.js';
import { OccurrenceItem } from './occurrence-item.js';

const WEEKS = 4;

/** From the start of the current hour (a meeting under way still shows) to four weeks ahead. */
function upcomingWindow(): { from: Date; to: Date } {
  const from = new Date();
  from.setMinutes(0, 0, 0);
  return { from, to: new Date(from.getTime() + WEEKS * 7 * 86_400_000) };
}

export function UpcomingSection({ group, version = 0 }: { group: Group; version?: number }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const range = upcomingWindow();
  const list = useLoad(() => api.listOccurrences(group.id, range.from, range.to), `${group.id}:${range.from.toISOString()}:${version}`);
  const core = isCoreTeam(group.myMembership.role);
  // Until meetings exist on the server (404), the section explains itself instead of failing.
  const notYet = list.error?.status === 404;
  return (
    <Section title={t('meetings.upcoming.title')} intro={t('meetings.upcoming.intro', { count: WEEKS })}>
      {notYet || (list.data && list.data.length === 0) ? (
        <p className="muted">{core ? t('meetings.upcoming.noneCore') : t('meetings.upcoming.none')}</p>
      ) : !list.data || !account ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : (
        <ul className="occurrence-list">
          {list.data.map((o) => (
            <li key={`${o.seriesId}:${o.date}`}>
              <OccurrenceItem occurrence={o} viewerZone={account.timeZone} group={group} core={core} onChanged={list.reload} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
