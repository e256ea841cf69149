import { useTranslation } from 'react-i18next';

export const RANGES = [30, 90] as const;
export type Range = (typeof RANGES)[number];

/** "30 days | 90 days": two toggle buttons, the chosen one pressed. */
export function RangeToggle({ value, onChange }: { value: Range; onChange: (range: Range) => void }) {
  const { t } = useTranslation();
  return (
    <div className="range-toggle" role="group" aria-label={t('progressCharts.range.label')}>
      {RANGES.map((days) => (
        <button key={days} type="button" className="range-toggle__option" aria-pressed={value === days} onClick={() => onChange(days)}>
          {t('progressCharts.range.days', { count: days })}
        </button>
      ))}
    </div>
  );
}
