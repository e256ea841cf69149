import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Page } from '../../components/page.js';
import { EndedView } from './ended-view.js';
import { JoinPrompt } from './join-prompt.js';
import { RunnerNotice } from './runner-notice.js';
import { SessionContext } from './session-context.js';
import { MemberView, RunnerView, SessionLoading } from './session-views.js';
import { useLiveSession } from './use-live-session.js';

/** A live session: the runner's screen for whoever runs it, the member's view for everyone else. */
export function LiveSessionPage() {
  const { sessionId = '' } = useParams();
  return <LiveSession key={sessionId} sessionId={sessionId} />;
}

function LiveSession({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const live = useLiveSession(sessionId);
  const { stage, synced } = live;

  if (stage.kind === 'loading' || stage.kind === 'error') {
    return <SessionLoading title={t('live.title')} className="live-page" error={stage.kind === 'error' ? stage.error : null} onRetry={live.reload} />;
  }
  if (stage.kind === 'join') {
    return (
      <Page title={t('live.title')} className="live-page">
        <JoinPrompt sessionId={sessionId} left={stage.left} onJoin={live.join} />
      </Page>
    );
  }
  const { view } = stage;
  const title = `${view.info.title} · ${view.info.groupName}`;
  if (!synced || synced.state.status === 'ended') {
    return (
      <Page title={title} className="live-page">
        <EndedView view={view} />
      </Page>
    );
  }
  const runner = synced.state.facilitatorId === view.me.accountId;
  return (
    <SessionContext.Provider value={{ state: synced.state, info: view.info, me: view.me, send: live.send }}>
      <Page title={title} intro={runner ? t('live.runnerIntro') : undefined} className={runner ? 'live-page live-page--runner' : 'live-page'}>
        <RunnerNotice />
        {runner ? <RunnerView connection={live.connection} onLeave={live.leave} /> : <MemberView connection={live.connection} onLeave={live.leave} />}
      </Page>
    </SessionContext.Provider>
  );
}
