import type { ReactNode } from 'react';

export interface Bar {
  key: string;
  label: ReactNode;
  value: number;
  /** The value in words, always shown beside the bar, so the list reads well without it. */
  valueText: string;
  /** Highlights one bar (the current streak, the busiest hour). */
  accent?: boolean;
}

/**
 * Horizontal bars as a plain list: each row says its label and value in text, and the bar
 * beside it is decoration. Bars are SVG attributes, not inline styles, so the CSP holds.
 */
export function BarList({ bars, label, max }: { bars: readonly Bar[]; label: string; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <ul className="bar-list" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className={bar.accent ? 'bar-list__row bar-list__row--accent' : 'bar-list__row'}>
          <span className="bar-list__label">{bar.label}</span>
          <svg className="bar-list__bar" aria-hidden="true" focusable="false" width="100%" height="14">
            <rect className="bar-list__track" x="0" y="0" width="100%" height="14" rx="7" />
            {bar.value > 0 && <rect className="bar-list__fill" x="0" y="0" width={`${Math.max((bar.value / top) * 100, 3)}%`} height="14" rx="7" />}
          </svg>
          <span className="bar-list__value">{bar.valueText}</span>
        </li>
      ))}
    </ul>
  );
}
