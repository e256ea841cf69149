import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activePhase } from '../../../shared/live-session/machine.js';
import { PRACTICE_IDS, type PracticeId } from '../../../shared/live-session/practices.js';
import { FormAlert } from '../../components/form-alert.js';
import { useCommand, useSession } from './session-context.js';

/** A practice's numbered steps, in the reader's language. */
export function practiceSteps(t: (key: string, options: { returnObjects: true }) => unknown, id: PracticeId): string[] {
  const steps = t(`live.practices.${id}.steps`, { returnObjects: true });
  return steps && typeof steps === 'object' ? Object.values(steps as Record<string, string>) : [];
}

function PracticePicker({ picked }: { picked: PracticeId | null }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useCommand();
  const [choice, setChoice] = useState<PracticeId>(picked ?? PRACTICE_IDS[0]);
  return (
    <div className="live-picker">
      <label htmlFor={id}>{t('live.practice.choose')}</label>
      <div className="live-picker__row">
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value as PracticeId)}>
          {PRACTICE_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`live.practices.${p}.title`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--primary" disabled={busy || choice === picked} onClick={() => void run({ type: 'practice.pick', practiceId: choice })}>
          {t('live.practice.show')}
        </button>
      </div>
      <FormAlert message={error} />
    </div>
  );
}

/** Skill practice: the practice the runner picked, step by step, for everyone to follow together. */
export function PracticeSection({ runner }: { runner: boolean }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const phase = activePhase(state);
  const picked = state.practices[phase.id] ?? null;
  return (
    <section className="card live-practice" aria-labelledby="live-practice-title">
      <h2 id="live-practice-title" className="card__title">
        {picked ? t(`live.practices.${picked}.title`) : t('live.practice.title')}
      </h2>
      {runner && <PracticePicker picked={picked} />}
      {picked ? (
        <>
          <p className="live-practice__intro">{t(`live.practices.${picked}.intro`)}</p>
          <ol className="live-steps">
            {practiceSteps(t, picked).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{runner ? t('live.practice.pickHint') : t('live.practice.waiting')}</p>
      )}
    </section>
  );
}
