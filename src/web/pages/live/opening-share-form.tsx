import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_OUTCOMES, LIMITS, type CommitmentOutcome } from '../../../shared/live-session/schema.js';
import { ChoiceGroup } from '../../components/choice-group.js';
import { Field } from '../../components/field.js';
import { ScaleChoice, type ScaleOption } from '../checkin/scale-choice.js';
import { useCommand, useSession } from './session-context.js';
import { ChoiceCheck, ShareActions } from './share-parts.js';

const ZERO_TO_TEN = Array.from({ length: 11 }, (_, n) => ({ value: n, label: String(n) }));

/** My turn in the opening round: a one-tap check-in, one line, and (privately) how last week's commitment went. */
export function OpeningShareForm() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { run, busy, error, setError } = useCommand();
  const [mood, setMood] = useState<number | null>(null);
  const [energy, setEnergy] = useState<number | null>(null);
  const [craving, setCraving] = useState<number | null>(null);
  const [line, setLine] = useState('');
  const [keepLine, setKeepLine] = useState(false);
  const [outcome, setOutcome] = useState<CommitmentOutcome | null>(null);
  const [tried, setTried] = useState('');
  const [aloud, setAloud] = useState<'aloud' | 'private'>('private');
  const words = (scale: 'mood' | 'energy'): ScaleOption<number>[] =>
    [1, 2, 3, 4, 5].map((n) => ({ value: n, label: t(`live.share.${scale}.levels.${n}`) }));
  const commitment = me.openCommitment;

  function share(event: FormEvent) {
    event.preventDefault();
    if (mood === null || energy === null || craving === null) {
      setError(t('live.share.chooseAll'));
      return;
    }
    const report = commitment && outcome ? { outcome, tried: tried.trim() || null, aloud: aloud === 'aloud' } : null;
    void run({ type: 'round.share', mood, energy, craving, line: line.trim() || null, keepLine, report });
  }

  return (
    <form className="live-share" onSubmit={share} noValidate aria-labelledby="live-share-title">
      <h3 id="live-share-title" className="live-share__title">
        {t('live.share.title')}
      </h3>
      <p className="live-share__hint">{t('live.share.passHint')}</p>
      {commitment && (
        <div className="live-private">
          <p className="live-private__tag">{t('live.private.onlyYou')}</p>
          <p className="live-private__text">{t('live.report.last', { commitment: commitment.text })}</p>
          <ChoiceGroup
            legend={t('live.report.howWent')}
            type="radio"
            compact
            choices={COMMITMENT_OUTCOMES.map((value) => ({ value, label: t(`live.outcomes.${value}`) }))}
            selected={outcome ? [outcome] : []}
            onChange={([value]) => setOutcome(value ?? null)}
          />
          <Field label={t('live.report.tried')} optional>
            {(a11y) => <textarea {...a11y} rows={2} maxLength={LIMITS.tried} value={tried} onChange={(e) => setTried(e.target.value)} />}
          </Field>
          <ChoiceGroup
            legend={t('live.report.sayIt')}
            type="radio"
            choices={[
              { value: 'private', label: t('live.report.private'), hint: t('live.report.privateHint') },
              { value: 'aloud', label: t('live.report.aloud') },
            ]}
            selected={[aloud]}
            onChange={([value]) => setAloud(value ?? 'private')}
          />
        </div>
      )}
      <ScaleChoice legend={t('live.share.mood.label')} variant="words" options={words('mood')} value={mood} onChange={setMood} />
      <ScaleChoice legend={t('live.share.energy.label')} variant="words" options={words('energy')} value={energy} onChange={setEnergy} />
      <ScaleChoice
        legend={t('live.share.craving.label')}
        variant="numbers"
        options={ZERO_TO_TEN}
        value={craving}
        onChange={setCraving}
        ends={[t('live.share.craving.low'), t('live.share.craving.high')]}
      />
      <Field label={t('live.share.line')} optional hint={t('live.share.lineHint')}>
        {(a11y) => <input {...a11y} maxLength={LIMITS.line} autoComplete="off" value={line} onChange={(e) => setLine(e.target.value)} />}
      </Field>
      <ChoiceCheck checked={keepLine} onChange={setKeepLine} label={t('live.share.keepLine')} hint={t('live.share.keepLineHint')} />
      <ShareActions busy={busy} error={error} onPass={() => void run({ type: 'round.pass' })} />
    </form>
  );
}
