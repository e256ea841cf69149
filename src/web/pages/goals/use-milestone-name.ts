import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../shared/recovery/progress-schema.js';

/** "30 days in a row", "100 days in total", "Goal achieved"; weeks for goals counted per week. */
export function useMilestoneName() {
  const { t } = useTranslation();
  return (m: Pick<Milestone, 'kind' | 'days'>, unit: 'day' | 'week' = 'day') =>
    m.kind === 'achieved' ? t('milestones.name.achieved') : t(`milestones.name.${m.kind}.${unit}`, { count: m.days });
}
