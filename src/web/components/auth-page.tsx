import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from './use-page-title.js';

interface AuthPageProps {
  title: string;
  heading: string;
  intro: string;
  children: ReactNode;
  /** The way to the other auth page ("No account yet? Sign up"). */
  switchPrompt: string;
  switchLabel: string;
  switchTo: '/login' | '/signup';
}

/** Login and signup: heading, form, and a link to the other that keeps ?next= along. */
export function AuthPage({ title, heading, intro, children, switchPrompt, switchLabel, switchTo }: AuthPageProps) {
  usePageTitle(title);
  const [params] = useSearchParams();
  const next = params.get('next');
  const switchHref = next ? `${switchTo}?next=${encodeURIComponent(next)}` : switchTo;
  return (
    <div className="auth-page">
      <h1 className="auth-page__title">{heading}</h1>
      <p className="auth-page__intro">{intro}</p>
      {children}
      <p className="auth-page__switch">
        {switchPrompt}{' '}
        <Link to={switchHref} className="text-link">
          {switchLabel}
        </Link>
      </p>
    </div>
  );
}
