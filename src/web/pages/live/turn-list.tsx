import { useTranslation } from 'react-i18next';
import type { Round, Turn } from '../../../shared/live-session/schema.js';
import { useNameOf } from './session-context.js';

/** What someone said on their turn, as everyone present sees it (never kept afterwards). */
function TurnWords({ turn }: { turn: Turn }) {
  const { t } = useTranslation();
  const o = turn.opening;
  const c = turn.closing;
  return (
    <>
      {o && (
        <p className="live-turn__scales">
          {t('live.turns.scales', {
            mood: t(`live.share.mood.levels.${o.mood}`),
            energy: t(`live.share.energy.levels.${o.energy}`),
            craving: o.craving,
          })}
        </p>
      )}
      {o?.line && <blockquote className="live-turn__line">{o.line}</blockquote>}
      {o?.report && (
        <p className="live-turn__report">
          {t('live.turns.report', { outcome: t(`live.outcomes.${o.report.outcome}`) })}
          {o.report.tried && <> {t('live.turns.tried', { tried: o.report.tried })}</>}
        </p>
      )}
      {c?.takeaway && <blockquote className="live-turn__line">{c.takeaway}</blockquote>}
      {c?.commitment && <p className="live-turn__report">{t('live.turns.commitment', { commitment: c.commitment })}</p>}
      {c && !c.commitment && c.committed && <p className="live-turn__report">{t('live.turns.committed')}</p>}
    </>
  );
}

/** Everyone's turn in speaking order: shared, passed (no comment), waiting, or the one now. */
export function TurnList({ round, label }: { round: Round; label: string }) {
  const { t } = useTranslation();
  const nameOf = useNameOf();
  return (
    <ol className="live-turns" aria-label={label}>
      {round.turns.map((turn, index) => {
        const now = index === round.current;
        return (
          <li key={turn.accountId} className={now ? 'live-turn live-turn--now' : 'live-turn'} aria-current={now ? 'step' : undefined}>
            <p className="live-turn__head">
              <span className="live-turn__name">{nameOf(turn.accountId)}</span>
              <span className={`badge live-badge live-badge--${now && turn.status === 'waiting' ? 'now' : turn.status}`}>
                {now && turn.status === 'waiting' ? t('live.turns.now') : t(`live.turns.status.${turn.status}`)}
              </span>
            </p>
            <TurnWords turn={turn} />
          </li>
        );
      })}
    </ol>
  );
}
