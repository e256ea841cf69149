import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface LineChartProps {
  dates: readonly string[];
  values: readonly (number | null)[];
  /** The fixed scale, so a calm week does not look dramatic (mood 1–5, craving 0–10…). */
  min: number;
  max: number;
  locale: string;
}

function token(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

const unixNoon = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;

/**
 * A small uPlot line chart over calendar dates. It is decoration for sighted members: the
 * caller always gives the same data in words and as a table, so it is hidden from screen
 * readers. uPlot sizes its elements through the CSSOM, which the style-src CSP allows.
 */
export function LineChart({ dates, values, min, max, locale }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const text = token('--text-muted', '#4c5c59');
    const grid = token('--border', '#d9d3c7');
    const line = token('--primary', '#0f5e57');
    const dayFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '12px system-ui, sans-serif' };
    const plot = new uPlot(
      {
        width: Math.max(el.clientWidth, 200),
        height: 150,
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { size: 8 } },
        scales: { x: { time: true }, y: { range: [min, max] } },
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
        axes: [
          { ...axis, values: (_u, splits) => splits.map((s) => dayFormat.format(new Date(s * 1000))), space: 60, size: 30 },
          { ...axis, size: 32, space: 30 },
        ],
        series: [
          {},
          {
            stroke: line,
            width: 2.5,
            points: { show: true, size: 5, fill: line, stroke: line },
            spanGaps: true,
          },
        ],
      },
      [dates.map(unixNoon), [...values]],
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 200), height: 150 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [dates, values, min, max, locale]);

  return <div ref={box} className="line-chart" aria-hidden="true" />;
}
