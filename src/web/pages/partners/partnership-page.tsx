import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getPartnership, type Partnership } from '../../api/partners.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';
import { SharedView } from '../sharing/shared-view.js';
import { EndPartnership } from './end-partnership.js';
import { MySharingForm } from './my-sharing-form.js';
import { NudgeBar } from './nudge-bar.js';
import { PartnerThread } from './partner-thread.js';
import { RhythmForm, weekdayName } from './rhythm-form.js';
import { useLiveEvent } from '../../live/live-context.js';
import { useRefreshOnReturn } from './use-refresh.js';

const LIVE_KINDS = new Set(['partner.accepted', 'mentor.accepted', 'grant.received']);

/** /partners/:id — one partnership or mentorship, seen by one of its two people. */
export function PartnershipPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [tick, setTick] = useState(0);
  const loaded = useLoad(() => getPartnership(id), `partnership:${id}:${tick}`);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useRefreshOnReturn(refresh);
  // What they share changed, or the request was answered: read the page again.
  useLiveEvent('grant.revoked', refresh);
  useLiveEvent('notification', (e) => {
    if (LIVE_KINDS.has(e.kind)) refresh();
  });
  const [sent, setSent] = useState(0);
  const p = loaded.data;
  if (!p) {
    return (
      <Page title={t('partners.title')}>
        <LoadState error={loaded.error} onRetry={loaded.reload} />
        <Link className="text-link" to="/partners">{t('partners.back')}</Link>
      </Page>
    );
  }
  const name = p.other.name;
  return (
    <Page title={name} intro={<RhythmLine partnership={p} />} className="partnership-page">
      <p><Link className="text-link" to="/partners">{t('partners.back')}</Link></p>
      {p.state !== 'active' ? (
        <Section title={t(`partners.state.${p.state}.title`)}>
          <p>{t(`partners.state.${p.state}.body`, { name })}</p>
        </Section>
      ) : (
        <>
          {p.checkedInToday !== null && (
            <p className={p.checkedInToday ? 'card partner-status partner-status--yes' : 'card partner-status'}>
              {p.checkedInToday ? t('partners.checkedIn.todayYes', { name }) : t('partners.checkedIn.todayNotYet', { name })}
            </p>
          )}
          <section className="partner-shared" aria-labelledby="partner-shared-title">
            <h2 id="partner-shared-title" className="partner-shared__title">{t('partners.theyShare', { name })}</h2>
            <SharedView key={`${p.other.accountId}:${p.theirScopes.join(',')}`} accountId={p.other.accountId} />
          </section>
          <NudgeBar partnershipId={p.id} name={name} onSent={() => setSent((n) => n + 1)} />
        </>
      )}
      {(p.state === 'active' || p.state === 'ended') && <PartnerThread partnershipId={p.id} name={name} open={p.state === 'active'} version={sent} />}
      {p.state === 'active' && (
        <>
          <MySharingForm partnership={p} onSaved={loaded.setData} />
          <RhythmForm partnership={p} onSaved={loaded.setData} />
          <EndPartnership partnership={p} onEnded={loaded.setData} />
        </>
      )}
    </Page>
  );
}

function RhythmLine({ partnership: p }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const rhythm = p.rhythm === 'custom' ? p.rhythmDays.map((d) => weekdayName(d, i18n.language)).join(', ') : t(`partners.rhythm.${p.rhythm}`);
  return (
    <>
      <span className="badge">{t(`partners.role.${p.otherRole}`)}</span>{' '}
      {t('partners.rhythm.line', { rhythm })}
      {p.quietStart && p.quietEnd && <> · {t('partners.rhythm.quietLine', { from: p.quietStart, to: p.quietEnd })}</>}
    </>
  );
}
