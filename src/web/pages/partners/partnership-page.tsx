import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.js';

// Scaffold: replaced by the issue 5 work on this page.
export function PartnershipPage() {
  const { t } = useTranslation();
  return <Page title={t('partners.title')}>{null}</Page>;
}
