import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import * as api from '../../api/live-sessions.js';
import type { OccurrenceView } from '../../api/meetings.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { FormAlert } from '../../components/form-alert.js';
import { useLiveEvent } from '../../live/live-context.js';
import { useLoad } from '../../lib/use-load.js';
import { useCoreGroup } from './core-groups.js';
import { liveErrorMessage } from './live-errors.js';

/**
 * On a meeting happening today: the core team starts its live session (saying how they are
 * there when the meeting is hybrid); everyone joins it while it runs. On a page of several
 * groups' meetings (Today) `core` comes from CoreGroupsContext.
 *
 * `otherwise` (the meeting's own "I'm here") shows only once it is known that no session
 * runs: while one does, joining it is how a member says they are there, and two buttons
 * that both record attendance would only puzzle.
 */
export function OccurrenceLive({
  occurrence: o,
  groupId,
  core,
  otherwise,
}: {
  occurrence: OccurrenceView;
  groupId: string;
  core: boolean;
  otherwise?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const coreHere = useCoreGroup(groupId) || core;
  const session = useLoad(() => api.occurrenceSession(groupId, o.seriesId, o.date), `live:${groupId}:${o.seriesId}:${o.date}`);
  const [mode, setMode] = useState<api.AttendMode>(o.format === 'online' ? 'online' : 'in_person');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useLiveEvent('meeting.live', (event) => {
    if (event.groupId === groupId) session.reload();
  });

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const view = await api.startSession(groupId, o.seriesId, o.date, mode);
      await navigate(`/live/${view.info.id}`);
    } catch (e) {
      setError(liveErrorMessage(e, t));
      setBusy(false);
    }
  }

  const info = session.data;
  if (info?.status === 'running') {
    return (
      <div className="live-entry">
        <span className="badge live-badge live-badge--live">{t('live.entry.liveNow')}</span>
        <Link to={`/live/${info.id}`} className="button button--primary" aria-label={t(info.joined ? 'live.entry.openNamed' : 'live.entry.joinNamed', { title: o.title })}>
          {info.joined ? t('live.entry.open') : t('live.entry.join')}
        </Link>
      </div>
    );
  }
  if (info === undefined && session.error === null) return null;
  if (info?.status === 'ended') {
    return (
      <>
        {otherwise}
        <div className="live-entry">
          <span className="muted">{t('live.entry.ended')}</span>
          {coreHere && (
            <Link to={`/live/${info.id}/summary`} className="text-link">
              {t('live.entry.summary')}
            </Link>
          )}
        </div>
      </>
    );
  }
  if (!coreHere || session.error?.status !== 404) return otherwise ?? null;
  return (
    <>
      {otherwise}
      <div className="live-entry live-entry--start">
        {o.format === 'hybrid' && (
          <ChoiceGroup
            compact
            type="radio"
            legend={t('live.entry.how')}
            choices={[
              { value: 'in_person', label: t('live.modes.in_person') },
              { value: 'online', label: t('live.modes.online') },
            ]}
            selected={[mode]}
            onChange={([next]) => next && setMode(next)}
          />
        )}
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void start()}>
          {t('live.entry.start')}
        </button>
        <FormAlert message={error} />
      </div>
    </>
  );
}
