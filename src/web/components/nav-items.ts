import type { ComponentType } from 'react';
import { GrowthIcon, HeartIcon, PeopleIcon, PlanIcon, SettingsIcon, SunIcon } from './icons.js';

export interface NavItem {
  to: string;
  labelKey: string;
  Icon: ComponentType<{ className?: string }>;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/today', labelKey: 'nav.today', Icon: SunIcon },
  { to: '/groups', labelKey: 'nav.groups', Icon: PeopleIcon },
  { to: '/progress', labelKey: 'nav.progress', Icon: GrowthIcon },
  { to: '/partners', labelKey: 'partners.nav', Icon: HeartIcon },
  { to: '/plan', labelKey: 'nav.plan', Icon: PlanIcon },
  { to: '/settings', labelKey: 'nav.settings', Icon: SettingsIcon },
];
