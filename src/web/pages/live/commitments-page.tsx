import { useTranslation } from 'react-i18next';
import { myCommitments, type MyCommitments } from '../../api/live-sessions.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';

function Commitments({ list }: { list: MyCommitments['commitments'] }) {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  if (list.length === 0) return <p className="muted">{t('live.commitments.none')}</p>;
  return (
    <ul className="live-kept">
      {list.map((c) => (
        <li key={c.id} className="live-kept__item">
          <p className="live-kept__text">{c.text}</p>
          <p className="live-kept__meta">
            {t('live.commitments.made', { group: c.groupName, date: day.format(new Date(c.createdAt)) })}{' '}
            <span className={c.outcome ? 'badge live-badge live-badge--done' : 'badge'}>{c.outcome ? t(`live.outcomes.${c.outcome}`) : t('live.commitments.open')}</span>
          </p>
          {c.tried && <p className="live-kept__tried">{t('live.commitments.tried', { tried: c.tried })}</p>}
        </li>
      ))}
    </ul>
  );
}

function KeptLines({ list }: { list: MyCommitments['kept'] }) {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  if (list.length === 0) return <p className="muted">{t('live.commitments.noLines')}</p>;
  return (
    <ul className="live-kept">
      {list.map((k) => (
        <li key={`${k.sessionId}:${k.at}`} className="live-kept__item">
          <p className="live-kept__meta">{t('live.commitments.said', { group: k.groupName, date: day.format(new Date(k.at)) })}</p>
          {k.note && <blockquote className="live-kept__text">{k.note}</blockquote>}
          <p className="live-kept__tried">
            {t('live.turns.scales', { mood: t(`live.share.mood.levels.${k.mood}`), energy: t(`live.share.energy.levels.${k.energy}`), craving: k.craving })}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** My commitments from live sessions and how they went, and the lines I kept for myself. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  const data = useLoad(() => myCommitments(), 'my-commitments');
  return (
    <Page title={t('live.commitments.title')} intro={t('live.commitments.intro')} className="live-commitments">
      {!data.data ? (
        <LoadState error={data.error} onRetry={data.reload} />
      ) : (
        <>
          <Section title={t('live.commitments.listTitle')}>
            <Commitments list={data.data.commitments} />
          </Section>
          <Section title={t('live.commitments.linesTitle')} intro={t('live.commitments.linesIntro')}>
            <KeptLines list={data.data.kept} />
          </Section>
        </>
      )}
    </Page>
  );
}
