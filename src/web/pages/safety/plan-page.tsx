import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.js';

// Scaffold: replaced by the issue 5 work on this page.
export function SafetyPlanPage() {
  const { t } = useTranslation();
  return <Page title={t('safety.title')}>{null}</Page>;
}
