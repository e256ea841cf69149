import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, setLocale } from '../i18n/index.js';
import { LanguageSelect } from './language-select.js';

/** For signed-out visitors: the choice is remembered on this device. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('common.language')}</label>
      <LanguageSelect id={id} value={currentLocale()} onChange={(locale) => void setLocale(locale)} />
    </div>
  );
}
