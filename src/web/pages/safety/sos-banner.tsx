import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { activeSos, type ActiveSos } from '../../api/safety.js';
import { useLiveEvent } from '../../live/live-context.js';

/**
 * On every page, while someone's SOS addressed to me is open: who asked for support, and a
 * link to answer. Loaded on arrival and on each page change, and at once when an alert comes in live.
 */
export function SosBanner() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [alerts, setAlerts] = useState<ActiveSos[]>([]);
  const refresh = useCallback(() => {
    activeSos().then(setAlerts, () => undefined);
  }, []);

  useEffect(refresh, [refresh, pathname]);
  useLiveEvent('hello', refresh);
  useLiveEvent('sos.resolved', refresh);
  useLiveEvent('notification', (event) => {
    if (event.kind === 'sos.alert') refresh();
  });

  const shown = alerts.filter((a) => pathname !== `/sos/${a.id}`);
  if (shown.length === 0) return null;
  return (
    <div className="sos-banner" role="alert">
      {shown.map((a) => (
        <p key={a.id} className="sos-banner__item">
          <span>{a.myResponse ? t('sos.banner.answered', { name: a.sender.name }) : t('sos.banner.text', { name: a.sender.name })}</span>
          <Link to={`/sos/${a.id}`} className="button button--primary sos-banner__open">
            {t('sos.banner.open')}
          </Link>
        </p>
      ))}
    </div>
  );
}
