import { useId, type ReactNode } from 'react';

/** A titled settings card; the heading names the region for screen readers. */
export function SettingsSection({ title, intro, danger, children }: { title: string; intro?: string; danger?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section className={danger ? 'card settings-section settings-section--danger' : 'card settings-section'} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {intro && <p className="settings-section__intro">{intro}</p>}
      {children}
    </section>
  );
}
