import type { TFunction } from 'i18next';
import { scopeKey } from '../../api/sharing.js';

/** A scope in plain words ("Daily check-ins"); an unknown one (older data) as it is. */
export const scopeLabel = (t: TFunction, scope: string) => t(`sharing.scopes.${scopeKey(scope)}.label`, { defaultValue: scope });
export const scopeExplain = (t: TFunction, scope: string) => t(`sharing.scopes.${scopeKey(scope)}.explain`, { defaultValue: '' });
