import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import type { ApiError } from '../../api/client.js';
import { liveErrorMessage } from './live-errors.js';
import { PhaseContent } from './phase-content.js';
import { PhaseHero } from './phase-hero.js';
import { PhaseList } from './phase-list.js';
import { PresenceSection } from './presence-section.js';
import { useSession } from './session-context.js';
import type { Connection } from './session-socket.js';

/** The connection, said calmly: nothing to see while live, a gentle note while it comes back. */
export function ConnectionNote({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const text = connection === 'open' ? t('live.connection.open') : connection === 'connecting' ? t('live.connection.connecting') : t('live.connection.reconnecting');
  return (
    <p className={`live-connection live-connection--${connection}`} role="status">
      <span className="live-connection__dot" aria-hidden="true" />
      {text}
    </p>
  );
}

/** A session's page while its view loads, or once it could not: the calm retry. */
export function SessionLoading({ title, className, error, onRetry }: { title: string; className: string; error: ApiError | null; onRetry: () => void }) {
  return (
    <Page title={title} className={className}>
      <LoadState error={error} onRetry={onRetry} />
    </Page>
  );
}

export function LeaveButton({ onLeave }: { onLeave: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function leave() {
    setBusy(true);
    setError(null);
    try {
      await onLeave();
    } catch (e) {
      setError(liveErrorMessage(e, t));
      setBusy(false);
    }
  }
  return (
    <div className="live-leave">
      <button type="button" className="button button--quiet" disabled={busy} onClick={() => void leave()}>
        {t('live.leave')}
      </button>
      <FormAlert message={error} />
    </div>
  );
}

interface ViewProps {
  connection: Connection;
  onLeave: () => Promise<void>;
}

/** A member's phone: the phase now, large, and what they can do in it. */
export function MemberView({ connection, onLeave }: ViewProps) {
  return (
    <div className="live-member">
      <ConnectionNote connection={connection} />
      <PhaseHero />
      <PhaseContent runner={false} />
      <PresenceSection />
      <LeaveButton onLeave={onLeave} />
    </div>
  );
}

/** The runner's screen, also for a projector: the phase and its controls; the agenda and who is here beside it. */
export function RunnerView({ connection, onLeave }: ViewProps) {
  const { t } = useTranslation();
  const { info } = useSession();
  return (
    <div className="live-runner">
      <div className="live-runner__main">
        <ConnectionNote connection={connection} />
        <PhaseHero />
        <PhaseContent runner />
      </div>
      <div className="live-runner__side">
        <PhaseList />
        <PresenceSection />
        <p className="live-room-link">
          <Link to={`/live/${info.id}/room`} target="_blank" className="text-link">
            {t('live.room.open')}
          </Link>
          <span className="muted">{t('live.room.openHint')}</span>
        </p>
        <LeaveButton onLeave={onLeave} />
      </div>
    </div>
  );
}
