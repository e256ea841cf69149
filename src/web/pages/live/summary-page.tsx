import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FEEDBACK_MIN_ANSWERS, IDLE_END_HOURS } from '../../../shared/live-session/api.js';
import { fetchSummary, type SessionSummary } from '../../api/live-sessions.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';
import { usePhaseTitle } from '../../lib/phase-title.js';

function Feedback({ feedback }: { feedback: SessionSummary['feedback'] }) {
  const { t, i18n } = useTranslation();
  const average = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  if (!feedback.averages) {
    return <p className="muted">{t('live.summary.feedbackHidden', { min: FEEDBACK_MIN_ANSWERS, count: feedback.answers })}</p>;
  }
  const rows = [
    ['safe', feedback.averages.safe],
    ['helpful', feedback.averages.helpful],
    ['pacing', feedback.averages.pacing],
  ] as const;
  return (
    <>
      <p>{t('live.summary.answers', { count: feedback.answers })}</p>
      <dl className="live-figures">
        {rows.map(([key, value]) => (
          <div key={key} className="live-figures__item">
            <dt>{t(`live.feedback.${key}`)}</dt>
            <dd>{t('live.summary.average', { value: average.format(value) })}</dd>
          </div>
        ))}
      </dl>
      {feedback.comments && feedback.comments.length > 0 && (
        <>
          <h3 className="live-subtitle">{t('live.summary.comments')}</h3>
          <ul className="live-comments">
            {feedback.comments.map((c, i) => (
              <li key={i}>
                <blockquote>{c}</blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** For the core team after a session: who came, how the time went, how many commitments — nothing anyone said. */
export function LiveSummaryPage() {
  const { t, i18n } = useTranslation();
  const phaseTitle = usePhaseTitle();
  const { sessionId = '' } = useParams();
  const summary = useLoad(() => fetchSummary(sessionId), sessionId);
  if (!summary.data) {
    return (
      <Page title={t('live.summary.title')}>
        <LoadState error={summary.error} onRetry={summary.reload} />
      </Page>
    );
  }
  const s = summary.data;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(s.info.startedAt));
  return (
    <Page title={t('live.summary.title')} heading={t('live.summary.heading', { title: s.info.title })} intro={`${s.info.groupName} · ${when}`} className="live-summary">
      <p className="live-summary__note">{t('live.summary.note')}</p>
      {s.endedBy === 'inactivity' && (
        <p className="live-summary__idle" role="note">
          {t('live.summary.endedIdle', { hours: IDLE_END_HOURS })}
        </p>
      )}
      <div className="card-grid">
        <Section title={t('live.summary.attendance')}>
          <dl className="live-figures">
            <div className="live-figures__item">
              <dt>{t('live.summary.present')}</dt>
              <dd>{s.attendance.present}</dd>
            </div>
            <div className="live-figures__item">
              <dt>{t('live.modes.in_person')}</dt>
              <dd>{s.attendance.inPerson}</dd>
            </div>
            <div className="live-figures__item">
              <dt>{t('live.modes.online')}</dt>
              <dd>{s.attendance.online}</dd>
            </div>
          </dl>
        </Section>
        <Section title={t('live.summary.commitments')}>
          <p className="live-figure">{t('live.summary.commitmentsMade', { count: s.commitmentsMade })}</p>
        </Section>
      </div>
      <Section title={t('live.summary.timings')}>
        <table className="live-table">
          <thead>
            <tr>
              <th scope="col">{t('live.summary.phase')}</th>
              <th scope="col">{t('live.summary.planned')}</th>
              <th scope="col">{t('live.summary.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {s.phases.map((p, i) => (
              <tr key={i}>
                <th scope="row">{phaseTitle(p)}</th>
                <td>{t('live.agenda.minutes', { count: p.plannedMinutes })}</td>
                <td>
                  {p.actualMinutes === null
                    ? t(`live.summary.status.${p.status}`)
                    : p.actualMinutes < 1
                      ? t('live.summary.underMinute')
                      : t('live.agenda.minutes', { count: Math.round(p.actualMinutes) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('live.summary.feedback')}>
        <Feedback feedback={s.feedback} />
      </Section>
      <Link to={`/groups/${s.info.groupId}`} className="text-link">
        {t('live.summary.back', { group: s.info.groupName })}
      </Link>
    </Page>
  );
}
