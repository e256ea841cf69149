import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NAV_ITEMS } from './nav-items.js';

/** Bottom tab bar on phones, side rail on wide screens (the CSS decides). */
export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {NAV_ITEMS.map(({ to, labelKey, Icon }) => (
          <li key={to}>
            <NavLink to={to} className="main-nav__link">
              <Icon className="main-nav__icon" />
              <span className="main-nav__label">{t(labelKey)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
