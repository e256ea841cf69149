import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPartnerships } from '../../api/partners.js';
import { EmptyStateCard } from '../../components/empty-state-card.js';
import { HeartIcon } from '../../components/icons.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { Section } from '../../components/section.js';
import { useLoad } from '../../lib/use-load.js';
import { useLiveEvent } from '../../live/live-context.js';
import { AskPartnerDialog } from './ask-partner-dialog.js';
import { ClosedList } from './closed-list.js';
import { MentorSuggestions } from './mentor-suggestions.js';
import { PartnerCard } from './partner-card.js';
import { RequestList } from './request-list.js';

/** /partners — my partners, mentors and mentees, requests both ways, and ways to ask someone. */
export function PartnersPage() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const list = useLoad(listPartnerships, `partnerships:${version}`);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const changed = () => setVersion((v) => v + 1);
  // A request arrived or was accepted while the page is open.
  useLiveEvent('notification', (e) => {
    if (e.kind.startsWith('partner.') || e.kind.startsWith('mentor.') || e.kind === 'grant.received') changed();
  });
  const exclude = useMemo(
    () => new Set([...(list.data?.active ?? []), ...(list.data?.outgoing ?? []), ...(list.data?.incoming ?? [])].filter((p) => p.kind === 'partner').map((p) => p.other.accountId)),
    [list.data],
  );
  const asked = (name: string) => {
    setAsking(false);
    setNotice(t('partners.ask.sent', { name }));
    changed();
  };

  return (
    <Page title={t('partners.title')} intro={t('partners.intro')} className="partners-page">
      <p className="partner-toast" role="status">{notice}</p>
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : (
        <>
          {list.data.active.length === 0 ? (
            <EmptyStateCard Icon={HeartIcon} title={t('partners.empty.title')}>
              <p>{t('partners.empty.body')}</p>
            </EmptyStateCard>
          ) : (
            <Section title={t('partners.mine')}>
              <ul className="partner-list">
                {list.data.active.map((p) => (
                  <li key={p.id}>
                    <PartnerCard partnership={p} />
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <RequestList incoming={list.data.incoming} outgoing={list.data.outgoing} onChanged={changed} />
          <div className="page__actions">
            <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
              {t('partners.ask.open')}
            </button>
            <Link to="/mentoring" className="button button--secondary">
              {t('partners.offerToMentor')}
            </Link>
          </div>
          <MentorSuggestions version={version} onAsked={(name) => {
            setNotice(t('partners.mentors.asked', { name }));
            changed();
          }} />
          <ClosedList closed={list.data.closed} />
          <AskPartnerDialog open={asking} exclude={exclude} onClose={() => setAsking(false)} onAsked={asked} />
        </>
      )}
    </Page>
  );
}
