import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionView } from '../../api/live-sessions.js';
import { FeedbackForm } from './feedback-form.js';

/** After the end: thanks, the anonymous feedback form, and (for the core team) the summary. */
export function EndedView({ view }: { view: SessionView }) {
  const { t } = useTranslation();
  const [given, setGiven] = useState(false);
  const core = view.state.participants.some((p) => p.accountId === view.me.accountId && p.coreTeam);
  return (
    <div className="live-ended">
      <section className="card live-thanks" aria-labelledby="live-thanks-title">
        <h2 id="live-thanks-title" className="live-thanks__title">
          {t('live.ended.thanks')}
        </h2>
        <p>{t('live.ended.body')}</p>
        <p className="live-thanks__links">
          <Link to="/commitments" className="text-link">
            {t('live.ended.commitments')}
          </Link>
          {core && (
            <Link to={`/live/${view.info.id}/summary`} className="text-link">
              {t('live.ended.summary')}
            </Link>
          )}
        </p>
      </section>
      {given ? (
        <p className="alert alert--success" role="status">
          {t('live.feedback.thanks')}
        </p>
      ) : (
        view.info.canGiveFeedback && <FeedbackForm sessionId={view.info.id} onGiven={() => setGiven(true)} />
      )}
    </div>
  );
}
