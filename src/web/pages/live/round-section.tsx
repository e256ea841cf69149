import { useTranslation } from 'react-i18next';
import { activePhase, activeRound, currentTurn } from '../../../shared/live-session/machine.js';
import { FormAlert } from '../../components/form-alert.js';
import { ClosingShareForm } from './closing-share-form.js';
import { OpeningShareForm } from './opening-share-form.js';
import { useCommand, useNameOf, useSession } from './session-context.js';
import { TurnList } from './turn-list.js';

/** The runner moves the round on; a turn still waiting counts as a pass, without comment. */
function NextPerson({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  return (
    <div className="live-runner-bar">
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void run({ type: 'round.next', expectedAccountId: accountId })}>
        {t('live.round.next')}
      </button>
      <FormAlert message={error} />
    </div>
  );
}

/** The private reminder before my turn: my commitment from last time, to say how it went when my turn comes. */
function CommitmentReminder() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me.openCommitment) return null;
  return (
    <div className="live-private">
      <p className="live-private__tag">{t('live.private.onlyYou')}</p>
      <p className="live-private__text">{t('live.report.last', { commitment: me.openCommitment.text })}</p>
      <p className="live-private__hint">{t('live.report.onYourTurn')}</p>
    </div>
  );
}

/** An opening check-in or closing reflection round: whose turn it is, my turn, everyone's turns. */
export function RoundSection({ runner }: { runner: boolean }) {
  const { t } = useTranslation();
  const { state, me } = useSession();
  const nameOf = useNameOf();
  const phase = activePhase(state);
  const round = activeRound(state);
  if (!round) return null;
  const opening = phase.kind === 'opening_checkin';
  const turn = currentTurn(state);
  const mine = turn?.accountId === me.accountId;
  const myTurnDone = round.turns.slice(0, round.current).some((x) => x.accountId === me.accountId);
  const status = !turn
    ? t('live.round.done')
    : mine
      ? turn.status === 'waiting'
        ? t('live.round.yourTurn')
        : t('live.round.thanks')
      : turn.status === 'waiting'
        ? t('live.round.theirTurn', { name: nameOf(turn.accountId) })
        : t('live.round.theyShared', { name: nameOf(turn.accountId) });
  return (
    <section className="card live-round" aria-labelledby="live-round-title">
      <h2 id="live-round-title" className="card__title">
        {opening ? t('live.round.opening') : t('live.round.closing')}
      </h2>
      {/* The runner's Next person sits by whose turn it is, above any form, so it stays in reach. */}
      <div className="live-round__bar">
        <p className="live-round__now" role="status">
          {status}
        </p>
        {runner && turn && <NextPerson accountId={turn.accountId} />}
      </div>
      {mine && turn.status === 'waiting' && (opening ? <OpeningShareForm /> : <ClosingShareForm />)}
      {opening && !mine && !myTurnDone && <CommitmentReminder />}
      <TurnList round={round} label={t('live.round.order')} />
    </section>
  );
}
