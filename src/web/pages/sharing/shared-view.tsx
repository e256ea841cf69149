import { useTranslation } from 'react-i18next';
import { sharedWithMe, type SharedView as View } from '../../api/sharing.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { PeopleIcon } from '../../components/icons.js';
import { LoadState } from '../../components/load-state.js';
import { useLoad } from '../../lib/use-load.js';
import { useLiveEvent } from '../../live/live-context.js';
import { SharedCheckins, SharedNotes } from './shared-checkins.js';
import { SharedCravings } from './shared-cravings.js';
import { SharedGoals } from './shared-goals.js';
import { SharedPlan } from './shared-plan.js';

/**
 * What one member shares with me, one calm section per scope they granted. What they did
 * not share is simply absent; with nothing shared (or the grant stopped) the server answers
 * 404 and this says so plainly.
 */
export function SharedView({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const view = useLoad(() => sharedWithMe(accountId), `shared:${accountId}`);
  // A stopped or ended grant takes effect on an open page too: ask again what is still shared.
  useLiveEvent('grant.revoked', (event) => {
    if (event.ownerId === accountId) view.reload();
  });
  // A malformed id (400) is as unknown as a member sharing nothing (404).
  if (view.error?.status === 404 || view.error?.status === 400) {
    return (
      <EmptyStateCard Icon={PeopleIcon} title={t('sharing.view.nothingTitle')}>
        <p>{t('sharing.view.nothingBody')}</p>
      </EmptyStateCard>
    );
  }
  if (!view.data) return <LoadState error={view.error} onRetry={view.reload} />;
  return <SharedSections view={view.data} />;
}

function SharedSections({ view }: { view: View }) {
  const { t } = useTranslation();
  return (
    <div className="shared-view">
      <p className="shared-view__by">{t('sharing.view.sharedBy', { name: view.name })}</p>
      {view.sos && <p className="card card--soft shared-view__sos">{t('sharing.view.sos', { name: view.name })}</p>}
      {view.checkins && <SharedCheckins checkins={view.checkins} today={view.today} name={view.name} />}
      {view.notes && <SharedNotes notes={view.notes} />}
      {view.goals && <SharedGoals goals={view.goals} />}
      {view.cravings && <SharedCravings cravings={view.cravings} />}
      {view.safetyPlan !== undefined && <SharedPlan plan={view.safetyPlan} name={view.name} />}
    </div>
  );
}
