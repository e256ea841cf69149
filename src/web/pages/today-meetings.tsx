import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCoreTeam, listMyGroups } from '../api/groups.js';
import * as api from '../api/meetings.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { CalendarIcon } from '../components/icons.js';
import { Section } from '../components/section.js';
import { useLoad } from '../lib/use-load.js';
import { OccurrenceItem } from './groups/meetings/occurrence-item.js';
import { CoreGroupsContext } from './live/core-groups.js';
import { inLiveWindow } from './live/live-window.js';

/**
 * "Your next meetings" across all groups; a calm empty state when there are none (or no API yet).
 * When one can go live now, my roles are fetched so the core team can start it from here.
 */
export function TodayMeetings({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const next = useLoad(() => api.myNextMeetings(14), 'today-meetings');
  const upcoming = (next.data ?? []).slice(0, 5);
  const liveGroups = [...new Set(upcoming.filter((o) => inLiveWindow(o)).map((o) => o.groupId))].sort().join(',');
  const mine = useLoad(() => (liveGroups ? listMyGroups() : Promise.resolve([])), `today-core:${liveGroups}`);
  const coreGroups = useMemo(
    () => new Set((mine.data ?? []).filter((g) => g.myMembership.status === 'active' && isCoreTeam(g.myMembership.role)).map((g) => g.id)),
    [mine.data],
  );
  if (next.data === undefined && !next.error) return null;
  if (upcoming.length === 0) {
    return (
      <EmptyStateCard
        Icon={CalendarIcon}
        title={t('today.meetings.title')}
        footer={
          <Link to="/groups" className="text-link">
            {t('today.meetings.link')}
          </Link>
        }
      >
        <p>{t('today.meetings.body')}</p>
      </EmptyStateCard>
    );
  }
  return (
    <Section title={t('today.meetings.next')} className="today-meetings">
      <CoreGroupsContext.Provider value={coreGroups}>
        <ul className="occurrence-list">
          {upcoming.map((o) => (
            <li key={`${o.seriesId}:${o.date}`}>
              <OccurrenceItem occurrence={o} viewerZone={timeZone} />
            </li>
          ))}
        </ul>
      </CoreGroupsContext.Provider>
    </Section>
  );
}
