import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { safeNextPath } from '../lib/safe-next.js';
import { useAccount } from './account-context.js';

/** App pages: signed-out visitors go to /login and come back here afterwards. */
export function RequireAccount() {
  const { account, farewell } = useAccount();
  const location = useLocation();
  // Just logged out or deleted the account: go to the landing page to say goodbye.
  if (account === null && farewell) return <Navigate to="/" replace />;
  if (account === null) {
    const next = location.pathname + location.search + location.hash;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Login and signup: someone already signed in goes on to where they were heading. */
export function RequireSignedOut() {
  const { account } = useAccount();
  const [params] = useSearchParams();
  if (account) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <Outlet />;
}
