import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page.js';
import { PhaseContent } from './phase-content.js';
import { PhaseHero } from './phase-hero.js';
import { AgendaOverview } from './phase-list.js';
import { PresenceSection } from './presence-section.js';
import { SessionContext, type SessionContextValue } from './session-context.js';
import { ConnectionNote, SessionLoading } from './session-views.js';
import { useLiveSession } from './use-live-session.js';

/** Nobody's account: the room's screen reads everyone by name ("You" would be whoever opened it). */
const THE_ROOM = '';

/**
 * The screen a whole room can see (a projector, a TV), opened from the runner's screen:
 * the phase and its timer, whose turn, the topic and queue, the practice, who is here.
 * Whoever opened it is read like everyone else, their private commitment never shows, and
 * there are no controls: those stay on their own screen.
 */
export function LiveRoomPage() {
  const { sessionId = '' } = useParams();
  return <LiveRoom key={sessionId} sessionId={sessionId} />;
}

function LiveRoom({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const live = useLiveSession(sessionId);
  const { stage, synced } = live;
  const ownScreen = (
    <Link to={`/live/${sessionId}`} className="text-link live-room__own">
      {t('live.room.ownScreen')}
    </Link>
  );

  if (stage.kind === 'loading' || stage.kind === 'error') {
    const error = stage.kind === 'error' ? stage.error : null;
    return <SessionLoading title={t('live.room.title')} className="live-page live-page--room" error={error} onRetry={live.reload} />;
  }
  if (stage.kind === 'join') {
    return (
      <Page title={t('live.room.title')} className="live-page live-page--room">
        <p className="card live-room__note">{t('live.room.notPresent')}</p>
        {ownScreen}
      </Page>
    );
  }
  const { view } = stage;
  const title = `${view.info.title} · ${view.info.groupName}`;
  if (!synced || synced.state.status === 'ended') {
    return (
      <Page title={title} className="live-page live-page--room">
        <p className="card live-room__note">{t('live.room.ended')}</p>
        {ownScreen}
      </Page>
    );
  }
  const room: SessionContextValue = {
    state: synced.state,
    info: view.info,
    me: { accountId: THE_ROOM, openCommitment: null },
    send: () => Promise.reject(new Error('The room screen has no controls')),
  };
  return (
    <SessionContext.Provider value={room}>
      <Page title={title} className="live-page live-page--room">
        <div className="live-room">
          <div className="live-room__main">
            <ConnectionNote connection={live.connection} />
            <PhaseHero />
            <PhaseContent runner={false} room />
          </div>
          <div className="live-room__side">
            <AgendaOverview />
            <PresenceSection />
            {ownScreen}
          </div>
        </div>
      </Page>
    </SessionContext.Provider>
  );
}
