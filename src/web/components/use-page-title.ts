import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "<page> · Kindred" in the current language. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const brand = t('app.name');
  useEffect(() => {
    document.title = title ? t('app.pageTitle', { page: title, brand }) : brand;
  }, [title, brand, t]);
}
