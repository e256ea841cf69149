import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import * as api from '../../api/checkins.js';
import { useLoad } from '../../lib/use-load.js';
import { ScaleChoice } from './scale-choice.js';

interface GoalAnswersProps {
  goals: readonly api.Goal[];
  answers: Record<string, boolean | null>;
  onChange: (goalId: string, met: boolean) => void;
  isToday: boolean;
}

/** "Substance-free today?" for each active abstain goal; a "no" is met with kindness, not alarm. */
export function GoalAnswers({ goals, answers, onChange, isToday }: GoalAnswersProps) {
  const { t } = useTranslation();
  const question = isToday ? 'checkin.goals.questionToday' : 'checkin.goals.questionThatDay';
  return (
    <div className="goal-answers">
      {goals.map((goal) => (
        <div key={goal.id} className="goal-answer">
          <ScaleChoice<'yes' | 'no'>
            legend={t(question, { title: goal.title })}
            variant="numbers"
            options={[
              { value: 'yes', label: t('checkin.yes') },
              { value: 'no', label: t('checkin.no') },
            ]}
            value={answers[goal.id] == null ? null : answers[goal.id] ? 'yes' : 'no'}
            onChange={(v) => onChange(goal.id, v === 'yes')}
          />
          {answers[goal.id] === false && (
            <div className="lapse-note" role="status">
              <p>{t('checkin.goals.lapseNote')}</p>
              <p>{t('checkin.goals.reflectAfterSaving')}</p>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

/** Once a lapse is saved: what stays true, and where to write a reflection (the goal page). */
export function LapseNote({ goal }: { goal: Pick<api.Goal, 'id' | 'title'> }) {
  const { t } = useTranslation();
  const progress = useLoad(() => api.goalProgress(goal.id), goal.id).data;
  return (
    <div className="lapse-note">
      <p>{t('checkin.goals.lapseNote')}</p>
      {progress && progress.unit === 'day' && progress.totalDaysMet > 0 && (
        <p className="lapse-note__true">{t('checkin.goals.stillTrue', { met: progress.totalDaysMet, count: progress.daysTracked })}</p>
      )}
      <Link to={`/goals/${encodeURIComponent(goal.id)}`} className="text-link">
        {t('checkin.goals.reflect', { title: goal.title })}
      </Link>
    </div>
  );
}
