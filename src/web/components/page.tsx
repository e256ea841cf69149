import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title.js';

interface PageProps {
  title: string;
  /** The visible heading when it differs from the document title (e.g. a greeting). */
  heading?: string;
  intro?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A page: sets document.title, renders the one <h1>, then the content. */
export function Page({ title, heading, intro, className, children }: PageProps) {
  usePageTitle(title);
  return (
    <div className={['page', className].filter(Boolean).join(' ')}>
      <header className="page__header">
        <h1 className="page__title">{heading ?? title}</h1>
        {intro && <p className="page__intro">{intro}</p>}
      </header>
      {children}
    </div>
  );
}
