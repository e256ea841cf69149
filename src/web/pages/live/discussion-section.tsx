import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activePhase } from '../../../shared/live-session/machine.js';
import { LIMITS, type Discussion } from '../../../shared/live-session/schema.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { clockText, secondsSince } from './phase-clock.js';
import { useCommand, useNameOf, useSession } from './session-context.js';
import { useNow } from './use-now.js';

/** The runner sets (or clears) the topic everyone sees; once set, it is changed on request. */
function TopicEditor({ topic }: { topic: string | null }) {
  const { t } = useTranslation();
  const { run, busy, error } = useCommand();
  const [draft, setDraft] = useState(topic ?? '');
  const [editing, setEditing] = useState(topic === null);
  async function save(event: FormEvent) {
    event.preventDefault();
    if (await run({ type: 'topic.set', topic: draft.trim() || null })) setEditing(false);
  }
  if (!editing) {
    return (
      <button type="button" className="button button--quiet live-topic__change" onClick={() => setEditing(true)}>
        {t('live.discussion.changeTopic')}
      </button>
    );
  }
  return (
    <form className="live-topic-form" onSubmit={(e) => void save(e)} noValidate>
      <Field label={t('live.discussion.topicLabel')} optional>
        {(a11y) => <input {...a11y} maxLength={LIMITS.topic} autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t('live.discussion.saveTopic')}
      </button>
      <FormAlert message={error} />
    </form>
  );
}

/**
 * How long the person with the floor has had it, for the runner alone: a quiet count up
 * that helps share the time fairly, not a limit, and not shown on the speaker's phone.
 */
function SpeakerClock({ since }: { since: string }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <p className="live-speaker__time" role="timer" aria-label={t('live.discussion.speakingForLabel')}>
      {t('live.discussion.speakingFor', { time: clockText(secondsSince(since, now)) })}
    </p>
  );
}

function Queue({ discussion, runner }: { discussion: Discussion; runner: boolean }) {
  const { t } = useTranslation();
  const nameOf = useNameOf();
  const { run, busy, error } = useCommand();
  if (discussion.queue.length === 0) return <p className="muted">{t('live.discussion.noQueue')}</p>;
  return (
    <>
      <ol className="live-queue" aria-label={t('live.discussion.queue')}>
        {discussion.queue.map((accountId) => (
          <li key={accountId} className="live-queue__item">
            <span>{nameOf(accountId)}</span>
            {runner && (
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                onClick={() => void run({ type: 'queue.remove', accountId })}
                aria-label={t('live.discussion.removeNamed', { name: nameOf(accountId) })}
              >
                {t('live.discussion.remove')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <FormAlert message={error} />
    </>
  );
}

/** My hand: raise it to join the line, lower it to leave; where I stand while I wait. */
function MyHand({ discussion, runner }: { discussion: Discussion; runner: boolean }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { run, busy, error } = useCommand();
  const position = discussion.queue.indexOf(me.accountId);
  return (
    <div className={runner ? 'live-hand live-hand--runner' : 'live-hand'}>
      {position >= 0 && <p className="live-hand__place">{t('live.discussion.place', { n: position + 1 })}</p>}
      {position >= 0 ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run({ type: 'hand.lower' })}>
          {t('live.discussion.lower')}
        </button>
      ) : (
        discussion.speaker !== me.accountId && (
          <button type="button" className={runner ? 'button button--secondary' : 'button button--primary'} disabled={busy} onClick={() => void run({ type: 'hand.raise' })}>
            {t('live.discussion.raise')}
          </button>
        )
      )}
      <FormAlert message={error} />
    </div>
  );
}

/** A discussion: the topic, who is speaking, the raised hands in order, and my hand (not on the room's screen). */
export function DiscussionSection({ runner, room = false }: { runner: boolean; room?: boolean }) {
  const { t } = useTranslation();
  const { state, me } = useSession();
  const nameOf = useNameOf();
  const next = useCommand();
  const phase = activePhase(state);
  const discussion = state.discussions[phase.id];
  if (!discussion) return null;
  const speaking = discussion.speaker === me.accountId;
  return (
    <section className="card live-discussion" aria-labelledby="live-discussion-title">
      <h2 id="live-discussion-title" className="card__title">
        {t('live.discussion.title')}
      </h2>
      <p className="live-topic">
        {discussion.topic ? (
          <>
            <span className="live-topic__label">{t('live.discussion.topic')}</span> <span className="live-topic__text">{discussion.topic}</span>
          </>
        ) : (
          <span className="muted">{t('live.discussion.noTopic')}</span>
        )}
      </p>
      {runner && <TopicEditor key={discussion.topic ?? ''} topic={discussion.topic} />}
      <p className="live-speaker" role="status">
        {discussion.speaker
          ? speaking
            ? t('live.discussion.youSpeak')
            : t('live.discussion.speaking', { name: nameOf(discussion.speaker) })
          : t('live.discussion.nobody')}
      </p>
      {runner && discussion.speakerSince && <SpeakerClock since={discussion.speakerSince} />}
      {runner && (discussion.queue.length > 0 || discussion.speaker) && (
        <div className="live-runner-bar">
          <button type="button" className="button button--primary" disabled={next.busy} onClick={() => void next.run({ type: 'queue.next' })}>
            {discussion.queue.length > 0 ? t('live.discussion.next') : t('live.discussion.finish')}
          </button>
          <FormAlert message={next.error} />
        </div>
      )}
      <h3 className="live-subtitle">{t('live.discussion.queue')}</h3>
      <Queue discussion={discussion} runner={runner} />
      {!room && <MyHand discussion={discussion} runner={runner} />}
    </section>
  );
}
