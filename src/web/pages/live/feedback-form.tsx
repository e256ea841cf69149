import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { giveFeedback } from '../../api/live-sessions.js';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/field.js';
import { FormAlert } from '../../components/form-alert.js';
import { ScaleChoice } from '../checkin/scale-choice.js';
import { liveErrorMessage } from './live-errors.js';

const QUESTIONS = ['safe', 'helpful', 'pacing'] as const;
type Question = (typeof QUESTIONS)[number];
const ONE_TO_FIVE = [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }));
const COMMENT_MAX = 1000;

/** Three anonymous questions and an optional comment; the core team only ever sees totals. */
export function FeedbackForm({ sessionId, onGiven }: { sessionId: string; onGiven: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<Question, number | null>>({ safe: null, helpful: null, pacing: null });
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { safe, helpful, pacing } = answers;
    if (safe === null || helpful === null || pacing === null) {
      setError(t('live.feedback.answerAll'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await giveFeedback(sessionId, { safe, helpful, pacing, comment: comment.trim() || null });
      onGiven();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'feedback_given') onGiven();
      else setError(liveErrorMessage(e, t));
      setBusy(false);
    }
  }

  return (
    <form className="card live-feedback" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="live-feedback-title">
      <h2 id="live-feedback-title" className="card__title">
        {t('live.feedback.title')}
      </h2>
      <p className="section__intro">{t('live.feedback.anonymous')}</p>
      {QUESTIONS.map((q) => (
        <ScaleChoice
          key={q}
          legend={t(`live.feedback.${q}`)}
          variant="numbers"
          options={ONE_TO_FIVE}
          value={answers[q]}
          onChange={(value) => setAnswers((a) => ({ ...a, [q]: value }))}
          ends={[t('live.feedback.low'), t('live.feedback.high')]}
        />
      ))}
      <Field label={t('live.feedback.comment')} optional hint={t('live.feedback.commentHint')}>
        {(a11y) => <textarea {...a11y} rows={3} maxLength={COMMENT_MAX} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <FormAlert message={error} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('live.feedback.send')}
      </button>
    </form>
  );
}
