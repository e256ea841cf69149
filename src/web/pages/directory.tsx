import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as api from '../api/meetings.js';
import { EmptyStateCard } from '../components/empty-state-card.js';
import { PeopleIcon } from '../components/icons.js';
import { LoadState } from '../components/load-state.js';
import { Page } from '../components/page.js';
import { filterDirectory, type DirectoryFilter } from '../lib/directory-filter.js';
import { useLoad } from '../lib/use-load.js';
import { DirectoryFilters } from './directory-filters.js';
import { DirectoryGroupCard } from './directory-group-card.js';

/** The public directory of listed groups and their open meetings; no sign-in needed. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const groups = useLoad(api.listDirectory, 'directory');
  const [filter, setFilter] = useState<DirectoryFilter>({ day: '', format: '', language: '' });
  const shown = groups.data ? filterDirectory(groups.data, filter) : [];
  const languages = [...new Set((groups.data ?? []).flatMap((g) => g.languages))].sort();

  return (
    <Page title={t('directory.title')} intro={t('directory.intro')}>
      {groups.error?.status === 404 || (groups.data && groups.data.length === 0) ? (
        <EmptyStateCard Icon={PeopleIcon} title={t('directory.emptyTitle')}>
          <p>{t('directory.emptyBody')}</p>
        </EmptyStateCard>
      ) : !groups.data ? (
        <LoadState error={groups.error} onRetry={groups.reload} />
      ) : (
        <>
          <DirectoryFilters filter={filter} languages={languages} onChange={setFilter} />
          <p role="status" className="muted">
            {t('directory.count', { count: shown.length })}
          </p>
          <ul className="group-list">
            {shown.map((group) => (
              <li key={group.id}>
                <DirectoryGroupCard group={group} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
