import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.js';

/** A live session: the runner's screen for whoever runs it, the member's view for everyone else. */
export function LiveSessionPage() {
  const { t } = useTranslation();
  return <Page title={t('live.title')}>{null}</Page>;
}
