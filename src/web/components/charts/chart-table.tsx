import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartTableProps {
  caption: string;
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

/** A chart's data as a table, one keyboard or screen-reader tap away ("Show as a table"). */
export function ChartTable({ caption, headers, rows }: ChartTableProps) {
  const { t } = useTranslation();
  return (
    <details className="chart-table">
      <summary>{t('progressCharts.showTable')}</summary>
      {/* Scrolls when long, so it must take focus for keyboard scrolling. */}
      <div className="chart-table__scroll" tabIndex={0} role="group" aria-label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
