import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { listGrants, listPeople } from '../../api/sharing.js';
import { FormAlert } from '../../components/form-alert.js';
import { LoadState } from '../../components/load-state.js';
import { useLoad } from '../../lib/use-load.js';
import { GivenGrants } from './given-grants.js';
import { ReceivedGrants } from './received-grants.js';
import { ShareForm } from './share-form.js';

/** Settings › "Who can see what" (id `sharing`, so /settings#sharing lands here). */
export function SharingSection({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const { hash } = useLocation();
  const grants = useLoad(listGrants, 'grants');
  const people = useLoad(listPeople, 'people');
  const [news, setNews] = useState<string | null>(null);
  const loaded = Boolean(grants.data && people.data);

  // The page is drawn after the browser looked for the anchor, so scroll once it exists.
  useEffect(() => {
    if (hash === '#sharing' && loaded) ref.current?.scrollIntoView();
  }, [hash, loaded]);

  const changed = (text: string) => {
    setNews(text);
    grants.reload();
    onChanged?.();
  };

  return (
    <section ref={ref} id="sharing" className="card settings-section sharing" aria-labelledby="sharing-title">
      <h2 id="sharing-title" className="card__title">
        {t('sharing.title')}
      </h2>
      <p className="settings-section__intro">{t('sharing.intro')}</p>
      <FormAlert message={news} tone="success" />
      {!grants.data || !people.data ? (
        <LoadState error={grants.error ?? people.error} onRetry={() => { grants.reload(); people.reload(); }} />
      ) : (
        <>
          <GivenGrants grants={grants.data.given} onChanged={() => grants.reload()} onStopped={(name) => setNews(t('sharing.given.stopped', { name }))} />
          <ShareForm people={people.data} onShared={(name) => changed(t('sharing.form.shared', { name }))} />
          <ReceivedGrants grants={grants.data.received} />
        </>
      )}
    </section>
  );
}
