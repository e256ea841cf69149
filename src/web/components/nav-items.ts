import type { ComponentType } from 'react';
import { GrowthIcon, PeopleIcon, PlanIcon, SettingsIcon, SunIcon } from './icons.js';

export interface NavItem {
  to: string;
  labelKey: string;
  Icon: ComponentType<{ className?: string }>;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/today', labelKey: 'nav.today', Icon: SunIcon },
  { to: '/groups', labelKey: 'nav.groups', Icon: PeopleIcon },
  { to: '/progress', labelKey: 'nav.progress', Icon: GrowthIcon },
  { to: '/plan', labelKey: 'nav.plan', Icon: PlanIcon },
  { to: '/settings', labelKey: 'nav.settings', Icon: SettingsIcon },
];
