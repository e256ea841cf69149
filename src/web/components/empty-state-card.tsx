import type { ComponentType, ReactNode } from 'react';

interface EmptyStateCardProps {
  Icon: ComponentType<{ className?: string }>;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  headingLevel?: 2 | 3;
}

/** A calm card describing something that is not here yet, and what it will do. */
export function EmptyStateCard({ Icon, title, children, footer, headingLevel = 2 }: EmptyStateCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card empty-card">
      <div className="empty-card__icon">
        <Icon />
      </div>
      <div className="empty-card__text">
        <Heading className="card__title">{title}</Heading>
        <div className="empty-card__body">{children}</div>
        {footer && <div className="empty-card__footer">{footer}</div>}
      </div>
    </section>
  );
}
