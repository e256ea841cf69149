import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.js';

/** My commitments from live sessions and how they went, and the lines I kept for myself. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  return <Page title={t('live.title')}>{null}</Page>;
}
