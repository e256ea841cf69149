import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../shared/live-session/schema.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { FormAlert } from '../../components/form-alert.js';
import { minutesBetween } from './phase-clock.js';
import { useCommand, useSession } from './session-context.js';
import { usePhaseTitle } from '../../lib/phase-title.js';

const EXTEND_MINUTES = 5;

/** One phase up or down among those still to come. */
function moved(order: string[], id: string, by: -1 | 1): string[] {
  const next = [...order];
  const from = next.indexOf(id);
  const to = from + by;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

function PhaseNote({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  if (phase.status === 'done' && phase.startedAt && phase.endedAt) {
    const took = minutesBetween(phase.startedAt, phase.endedAt);
    return (
      <span className="live-agenda__time">
        {took === 0 ? t('live.agenda.tookUnder', { planned: phase.minutes }) : t('live.agenda.took', { count: took, planned: phase.minutes })}
      </span>
    );
  }
  return <span className="live-agenda__time">{t('live.agenda.minutes', { count: phase.minutes })}</span>;
}

/** A phase's title and where it stands (done, now, coming up, skipped), then its time. */
function PhaseHead({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const phaseTitle = usePhaseTitle();
  return (
    <>
      <div className="live-agenda__head">
        <span className="live-agenda__title">{phaseTitle(phase)}</span>
        <span className={`badge live-badge live-badge--${phase.status}`}>
          {phase.status === 'active' ? t('live.agenda.now') : t(`live.agenda.status.${phase.status}`)}
        </span>
      </div>
      <PhaseNote phase={phase} />
    </>
  );
}

/** The agenda as the room's screen shows it: where each phase stands, nothing to press. */
export function AgendaOverview() {
  const { t } = useTranslation();
  const { state } = useSession();
  return (
    <section className="card live-agenda" aria-labelledby="live-agenda-title">
      <h2 id="live-agenda-title" className="card__title">
        {t('live.agenda.title')}
      </h2>
      <ol className="live-agenda__list">
        {state.phases.map((p) => (
          <li key={p.id} className={`live-agenda__item live-agenda__item--${p.status}`} aria-current={p.status === 'active' ? 'step' : undefined}>
            <PhaseHead phase={p} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The runner's agenda: every phase with where it stands, and the controls to move the session along. */
export function PhaseList() {
  const { t } = useTranslation();
  const phaseTitle = usePhaseTitle();
  const { state } = useSession();
  const { run, busy, error } = useCommand();
  const [ending, setEnding] = useState(false);
  const active = state.phases[state.current]!;
  const pending = state.phases.filter((p) => p.status === 'pending').map((p) => p.id);
  const hasNext = state.phases.some((p, i) => i > state.current && p.status === 'pending');
  return (
    <section className="card live-agenda" aria-labelledby="live-agenda-title">
      <h2 id="live-agenda-title" className="card__title">
        {t('live.agenda.title')}
      </h2>
      <div className="live-runner-bar">
        {hasNext && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void run({ type: 'phase.next', expectedPhaseId: active.id })}>
            {t('live.agenda.next')}
          </button>
        )}
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run({ type: 'phase.extend', minutes: EXTEND_MINUTES })}>
          {t('live.agenda.extend', { count: EXTEND_MINUTES })}
        </button>
      </div>
      <FormAlert message={error} />
      <ol className="live-agenda__list">
        {state.phases.map((p) => {
          const at = pending.indexOf(p.id);
          return (
            <li key={p.id} className={`live-agenda__item live-agenda__item--${p.status}`} aria-current={p.status === 'active' ? 'step' : undefined}>
              <PhaseHead phase={p} />
              {p.status === 'pending' && (
                <div className="live-agenda__tools">
                  {pending.length > 1 && (
                    <>
                      <button
                        type="button"
                        className="button button--secondary live-agenda__arrow"
                        disabled={busy || at === 0}
                        onClick={() => void run({ type: 'phase.reorder', order: moved(pending, p.id, -1) })}
                        aria-label={t('live.agenda.earlierNamed', { title: phaseTitle(p) })}
                        title={t('live.agenda.earlier')}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        className="button button--secondary live-agenda__arrow"
                        disabled={busy || at === pending.length - 1}
                        onClick={() => void run({ type: 'phase.reorder', order: moved(pending, p.id, 1) })}
                        aria-label={t('live.agenda.laterNamed', { title: phaseTitle(p) })}
                        title={t('live.agenda.later')}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={busy}
                    onClick={() => void run({ type: 'phase.skip', phaseId: p.id })}
                    aria-label={t('live.agenda.skipNamed', { title: phaseTitle(p) })}
                  >
                    {t('live.agenda.skip')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--danger live-agenda__end" onClick={() => setEnding(true)} aria-haspopup="dialog">
        {t('live.end.open')}
      </button>
      <ConfirmDialog
        open={ending}
        title={t('live.end.title')}
        body={<p>{t('live.end.body')}</p>}
        confirm={t('live.end.confirm')}
        busy={busy}
        error={error}
        onClose={() => setEnding(false)}
        onConfirm={() => void run({ type: 'session.end' })}
      />
    </section>
  );
}
