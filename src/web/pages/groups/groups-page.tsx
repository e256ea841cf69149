import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as groupsApi from '../../api/groups.js';
import * as meetingsApi from '../../api/meetings.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { PeopleIcon } from '../../components/icons.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { GroupCard } from './group-card.js';

/** The member's next meetings help the cards; without them the cards still work. */
const nextMeetingsOrNone = () => meetingsApi.myNextMeetings(28).catch(() => []);

export function GroupsPage() {
  const { t } = useTranslation();
  const groups = useLoad(groupsApi.listMyGroups, 'groups');
  const next = useLoad(nextMeetingsOrNone, 'next');

  return (
    <Page title={t('groups.title')} intro={t('groups.intro')}>
      <div className="page__actions">
        <Link to="/groups/new" className="button button--primary">
          {t('groups.create')}
        </Link>
        <Link to="/directory" className="button button--secondary">
          {t('groups.browse')}
        </Link>
      </div>
      {!groups.data ? (
        <LoadState error={groups.error} onRetry={groups.reload} />
      ) : groups.data.length === 0 ? (
        <EmptyStateCard Icon={PeopleIcon} title={t('groups.empty.title')}>
          <p>{t('groups.empty.body')}</p>
        </EmptyStateCard>
      ) : (
        <ul className="group-list" aria-label={t('groups.mine')}>
          {groups.data.map((group) => (
            <li key={group.id}>
              <GroupCard group={group} next={next.data?.find((o) => o.groupId === group.id && o.status !== 'cancelled')} />
            </li>
          ))}
        </ul>
      )}
      <section className="card card--soft">
        <h2 className="card__title">{t('groups.values.title')}</h2>
        <ul className="check-list">
          <li>{t('groups.values.consent')}</li>
          <li>{t('groups.values.pass')}</li>
          <li>{t('groups.values.privacy')}</li>
        </ul>
      </section>
    </Page>
  );
}
