import { useId, type ReactNode } from 'react';

/** A titled card; the heading names the region for screen readers. */
export function Section({ title, intro, className, children }: { title: string; intro?: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={['card section', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {intro && <p className="section__intro">{intro}</p>}
      {children}
    </section>
  );
}
