import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getSos } from '../../api/safety.js';
import { LoadState } from '../../components/load-state.js';
import { Page } from '../../components/page.js';
import { useLoad } from '../../lib/use-load.js';
import { SosRecipientView } from './sos-recipient-view.js';
import { SosSenderView } from './sos-sender-view.js';
import { useSosUpdates } from './use-sos-updates.js';

/** One SOS: for the member who sent it, who was alerted and their answers; for a recipient, a way to answer. */
export function SosPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useLoad(() => getSos(id), id);
  const { reload } = loaded;
  const refresh = useCallback(() => reload(), [reload]);
  const alert = loaded.data;
  useSosUpdates(id, Boolean(alert && !alert.resolvedAt), refresh);

  if (!alert) {
    return (
      <Page title={t('sos.page.title')}>
        <LoadState error={loaded.error} onRetry={loaded.reload} />
      </Page>
    );
  }
  return alert.mine ? <SosSenderView alert={alert} onChange={loaded.setData} /> : <SosRecipientView alert={alert} onChange={loaded.setData} />;
}
